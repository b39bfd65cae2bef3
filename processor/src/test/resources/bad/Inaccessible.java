package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Instrumented
@Path("/inaccessible")
public class Inaccessible {
  @GET
  public String get(@QueryParam("key") Key key) {
    return "";
  }

  @GET
  @Path("view")
  @View(Internal.class)
  public String view() {
    return "";
  }

  @GET
  @Path("fine")
  @View(Shared.class)
  public String fine() {
    return "";
  }

  private static class Key {
    @SuppressWarnings("unused")
    static Key valueOf(String value) {
      return new Key();
    }
  }

  private static class Internal {}

  static class Shared {}

  @Retention(RetentionPolicy.RUNTIME)
  @interface View {
    Class<?> value();
  }
}

@Instrumented
class Frameworkless {
  public String hello() {
    return "";
  }
}
