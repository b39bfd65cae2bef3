package dev.instrumentator.jersey.attribution;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A timed resource whose method others call. */
@Instrumented
@Path("/related")
public class RelatedResource {

  @GET
  @Path("{id}")
  public String find(@PathParam("id") String id) {
    return "related to " + id;
  }
}
