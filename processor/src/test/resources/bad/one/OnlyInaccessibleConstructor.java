package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One problem, and nothing else wrong. */
@Instrumented
@Path("/inaccessible-constructor")
public class OnlyInaccessibleConstructor {
  public OnlyInaccessibleConstructor() {}

  OnlyInaccessibleConstructor(Hidden hidden) {}

  @GET
  public String get() {
    return "";
  }

  private static class Hidden {}
}
