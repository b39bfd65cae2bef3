package dev.instrumentator.quarkus.deployment.app;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The bookstore's resource: every shape of answer a client can get. */
@Instrumented
@Path("/books")
public class Books {

  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("/{isbn: [0-9]+}")
  public String get(@PathParam("isbn") String isbn) {
    if (isbn.equals("0")) {
      throw new NotFoundException();
    }
    return "book " + isbn;
  }

  @POST
  @RolesAllowed("clerk")
  public Response add(String title) {
    return Response.status(201).entity(title).build();
  }

  @DELETE
  @Path("/{isbn}")
  @RolesAllowed("clerk")
  public void remove(@PathParam("isbn") String isbn) {}

  /** A locator: 404 for the book that does not exist, as {@link #get} answers. */
  @Path("{isbn}/reviews")
  public Reviews reviews(@PathParam("isbn") String isbn) {
    if (isbn.equals("0")) {
      throw new NotFoundException();
    }
    return new Reviews();
  }

  @GET
  @Path("/later")
  public Uni<String> later() {
    return Uni.createFrom().item("later");
  }

  @GET
  @Path("/failed-later")
  public Uni<String> failedLater() {
    return Uni.createFrom().failure(new IllegalStateException("failed later"));
  }

  @GET
  @Path("/mapped")
  public String mapped() {
    throw new OutOfStock();
  }

  @GET
  @Path("/broken")
  public String broken() {
    throw new IllegalStateException("broken");
  }

  /** Answers after half a second: long enough for a client to leave first. */
  @GET
  @Path("/slow")
  public Uni<String> slow() {
    return Uni.createFrom().item("slow").onItem().delayIt().by(java.time.Duration.ofMillis(500));
  }

  @GET
  @Path("/health")
  @DoNotTrack
  public String health() {
    return "ok";
  }
}
