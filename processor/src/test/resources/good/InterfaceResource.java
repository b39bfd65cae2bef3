package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Annotations inherited from an interface and a superclass (JAX-RS 3.6), custom HTTP methods. */
@Instrumented
@Path("/api")
public class InterfaceResource extends BaseResource implements ItemApi {
  @Override
  public String get(String id) {
    return id;
  }

  /** Its own JAX-RS annotation: the interface's are not inherited, so this is GET /api/own. */
  @Override
  @GET
  @Path("own")
  public Response create(String body) {
    return Response.ok().build();
  }

  @Override
  public String rename(String id, String name) {
    return name;
  }

  @PROPFIND
  @Path("{id}")
  public String properties(@PathParam("id") String id) {
    return "";
  }

  /** A custom HTTP method; nested, since the decorator names it too. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @HttpMethod("PROPFIND")
  @interface PROPFIND {}
}

interface ItemApi {
  @GET
  @Path("items/{id}")
  String get(@PathParam("id") String id);

  @POST
  @Path("items")
  Response create(String body);

  @PATCH
  @Path("items/{id}")
  String rename(@PathParam("id") String id, String name);

  @GET
  @Path("version")
  default String version() {
    return "1";
  }

  @DoNotTrack
  @GET
  @Path("health")
  default String health() {
    return "ok";
  }
}

/** The superclass takes precedence over the interface. */
abstract class BaseResource {
  @PATCH
  @Path("renamed/{id}")
  public abstract String rename(@PathParam("id") String id, String name);

  @GET
  @Path("base")
  public String base() {
    return "base";
  }
}
