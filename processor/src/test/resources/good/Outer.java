package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.Serializable;

public class Outer {
  /** A static nested class becomes Outer_Inner_Instrumented; being Serializable, it gets a UID. */
  @Instrumented
  @Path("/")
  public static class Inner implements Serializable {
    private static final long serialVersionUID = 7L;

    @GET
    public String root() {
      return "root";
    }
  }
}
