package fixtures;

import dev.instrumentator.annotations.Instrumented;
import fixtures.dto.GeneratedDto;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Names a type another processor generates only in a constructor its decorator mirrors. */
@Instrumented
@Path("/constructed")
public class ConstructedFromGeneratedType {
  public ConstructedFromGeneratedType(GeneratedDto defaults) {}

  @GET
  public String get() {
    return "";
  }
}
