package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A sealed resource that permits its decorator, by the name it will have, gets a non-sealed one. */
@Instrumented
@Path("/sealed")
public sealed class SealedResource permits SealedResource_Instrumented {
  @GET
  public String get() {
    return "sealed";
  }
}
