package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Uses a type another processor generates in the same build. */
@Instrumented
@Path("/generated")
public class UsesGeneratedType {
  @GET
  public GeneratedDto get() {
    return new GeneratedDto();
  }

  @POST
  public String post(GeneratedDto body) {
    return "";
  }
}
