package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Uses a type that nothing generates. */
@Instrumented
@Path("/missing")
public class UsesMissingType {
  @GET
  public NeverGenerated get() {
    return null;
  }
}
