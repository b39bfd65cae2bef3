package fixtures;

import dev.instrumentator.annotations.Instrumented;
import fixtures.dto.GeneratedDto;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Uses a type another processor generates in the same build. */
@Instrumented
@Path("/generated")
public class UsesGeneratedType {
  public UsesGeneratedType() {}

  /** A constructor the decorator mirrors names the generated type too. */
  public UsesGeneratedType(GeneratedDto defaults) {}

  @GET
  public GeneratedDto get() {
    return new GeneratedDto();
  }

  @POST
  public String post(GeneratedDto body) {
    return "";
  }
}
