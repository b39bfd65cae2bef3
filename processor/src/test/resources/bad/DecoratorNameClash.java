package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Its nested resource and a top-level class named as their joined names want one decorator name. */
public class DecoratorNameClash {
  @Instrumented
  @Path("/inner")
  public static class Inner {
    @GET
    public String get() {
      return "inner";
    }
  }
}

@Instrumented
@Path("/joined")
class DecoratorNameClash_Inner {
  @GET
  public String get() {
    return "joined";
  }
}
