package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Generic, and permitting its decorator by its qualified name. */
@Instrumented
@Path("/sealed-generic")
public sealed class GenericSealedResource<T> permits fixtures.GenericSealedResource_Instrumented {
  @GET
  public String get() {
    return "sealed";
  }
}
