package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * Names and types the decorator must write as the original does: acronyms and overloads in route
 * constant names, wildcards, varargs that need no warning suppressed and one that does, a
 * {@code @Path} from an interface, a default method of a super-interface, and a method whose
 * annotations sit on a non-public superclass method, where Jersey does not look.
 */
@Instrumented
public class ShapesResource extends PackagePrivateRoutes implements ShapesApi {
  public ShapesResource() {}

  /** A protected constructor is mirrored protected, a package-private one package-private. */
  protected ShapesResource(String seed) {}

  ShapesResource(int seed) {}

  @GET
  @Path("bytes")
  public byte[] bytes() {
    return new byte[0];
  }

  @GET
  @Path("inner")
  public String inner(@QueryParam("inner") Holder<String>.Inner inner) {
    return "";
  }

  /** A generic class with an inner class, which a parameter names with its outer type argument. */
  public static class Holder<T> {
    public class Inner {}
  }

  @GET
  @Path("http-status")
  public String getHTTPStatus() {
    return "";
  }

  @GET
  @Path("urls")
  public String URLs() {
    return "";
  }

  @GET
  @Path("find/name")
  public String find(@QueryParam("name") String name) {
    return name;
  }

  @GET
  @Path("find/year")
  public String find(@QueryParam("year") int year) {
    return "";
  }

  @GET
  @Path("find/years")
  public String find(@QueryParam("from") int from, @QueryParam("to") int to) {
    return "";
  }

  @GET
  @Path("bounds")
  public String bounds(
      @QueryParam("upper") List<? extends Number> upper,
      @QueryParam("lower") List<? super Integer> lower,
      @QueryParam("any") List<?> any) {
    return "";
  }

  @GET
  @Path("reifiable")
  public String reifiable(@QueryParam("lists") List<?>... lists) {
    return "";
  }

  @SuppressWarnings("unchecked")
  @GET
  @Path("generic")
  public <T> String generic(T... items) {
    return "";
  }

  /** Annotated only on a package-private superclass method: Jersey finds no route here. */
  @Override
  public String unrouted() {
    return "";
  }
}

@Path("/shapes")
interface ShapesApi extends VersionedApi {
  @GET
  @Path("one")
  default String one() {
    return "1";
  }
}

interface VersionedApi {
  @GET
  @Path("version")
  default String version() {
    return "v1";
  }
}

abstract class PackagePrivateRoutes {
  @GET
  @Path("unrouted")
  String unrouted() {
    return "";
  }
}
