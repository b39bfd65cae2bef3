package dev.instrumentator.quarkus.deployment.app;

import dev.instrumentator.annotations.DoNotTrack;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Routes declared on an interface, without leading slashes: the class implements them. */
@Path("shelves")
public interface ShelfApi {
  @GET
  @Path("{shelf: [a-z]+}/books")
  String books(@PathParam("shelf") String shelf);

  @GET
  @Path("count")
  @DoNotTrack
  String count();

  @GET
  @Path("first")
  String first();
}
