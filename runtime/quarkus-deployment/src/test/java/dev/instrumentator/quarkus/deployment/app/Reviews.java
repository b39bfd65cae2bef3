package dev.instrumentator.quarkus.deployment.app;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A book's reviews: a sub-resource, with no {@code @Path} of its own, which {@link Books} and
 * {@link Untimed} return from their locators; its comments a sub-resource of it.
 */
@Instrumented
public class Reviews {
  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{n: [0-9]+}")
  public String get(@PathParam("n") int n) {
    if (n == 0) {
      throw new NotFoundException();
    }
    return "review " + n;
  }

  @DELETE
  @Path("{n}")
  @RolesAllowed("clerk")
  public void remove(@PathParam("n") int n) {}

  @GET
  @Path("count")
  @DoNotTrack
  public String count() {
    return "0";
  }

  @Path("/{n}/comments/")
  public Comments comments() {
    return new Comments();
  }
}
