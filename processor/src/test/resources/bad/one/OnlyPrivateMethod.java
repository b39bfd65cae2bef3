package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One problem, and nothing else wrong. */
@Instrumented
@Path("/private-only")
public class OnlyPrivateMethod {
  @GET
  private String get() {
    return "";
  }
}
