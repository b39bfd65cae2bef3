package fixtures;

import dev.instrumentator.annotations.Instrumented;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

/** The javax.ws.rs namespace, read by name like jakarta.ws.rs. */
@Instrumented
@Path("legacy")
public class LegacyResource {
  @GET
  @Path("{id : \\d+}")
  public String get(@PathParam("id") long id) {
    return Long.toString(id);
  }

  @PUT
  @Path("{id}")
  public Response put(@PathParam("id") long id, String body) {
    return Response.noContent().build();
  }
}
