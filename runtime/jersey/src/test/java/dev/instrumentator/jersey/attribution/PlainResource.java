package dev.instrumentator.jersey.attribution;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Not instrumented, and calling a timed resource. */
@Path("/plain")
public class PlainResource {

  @GET
  @Path("{id}")
  public String plain(@PathParam("id") String id) {
    return "plain, " + new ShelfResource_Instrumented().get(id);
  }
}
