package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

public class Nesting {
  @Instrumented
  @Path("/inner")
  public class InnerResource {
    @GET
    public String get() {
      return "";
    }
  }

  @Instrumented
  @Path("/private")
  private static class PrivateResource {
    @GET
    public String get() {
      return "";
    }
  }
}
