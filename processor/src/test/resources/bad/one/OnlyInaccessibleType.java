package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One problem, and nothing else wrong. */
@Instrumented
@Path("/inaccessible-only")
public class OnlyInaccessibleType {
  @GET
  public Hidden get() {
    return null;
  }

  private static class Hidden {}
}
