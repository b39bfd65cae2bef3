package dev.instrumentator.quarkus.deployment.misplaced;

import jakarta.ws.rs.Path;

/** Serves a shelf's books through {@link Reviews}, a sub-resource. */
@Path("/shelf")
public class Shelf {
  @Path("/{isbn}/reviews")
  public Reviews reviews() {
    return new Reviews();
  }
}
