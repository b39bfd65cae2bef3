package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One problem, and nothing else wrong. */
@Instrumented
@Path("/final-only")
public class OnlyFinalMethod {
  @GET
  public final String get() {
    return "";
  }
}
