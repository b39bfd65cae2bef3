package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Member types, its own and inherited, named like the types its decorator names: {@code Route},
 * {@code Contract}, {@code WebApplicationException}, {@code Generated}, {@code Override}. The decorator must name
 * instrumentator's and the JDK's, not these.
 */
@Instrumented
@Path("/clashing")
public class ClashingNamesResource extends ClashingNamesBase {
  @GET
  public Response get() {
    return Response.ok(new Route()).build();
  }

  @GET
  @Path("/text")
  public String text() {
    return "text";
  }

  /** Its route field cannot be CONTRACT, the decorator's check of its contract with the runtime. */
  @GET
  @Path("/contract")
  public String contract() {
    return "contract";
  }

  /** The resource's own idea of a route. */
  public static class Route {}

  /** And of a contract. */
  public static class Contract {}

  public static class WebApplicationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}

class ClashingNamesBase {
  /** Inherited by the resource, and so by its decorator. */
  public static class Generated {}

  public @interface Override {}
}
