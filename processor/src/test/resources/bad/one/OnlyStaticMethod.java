package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One problem, and nothing else wrong. */
@Instrumented
@Path("/static-only")
public class OnlyStaticMethod {
  @GET
  public static String get() {
    return "";
  }
}
