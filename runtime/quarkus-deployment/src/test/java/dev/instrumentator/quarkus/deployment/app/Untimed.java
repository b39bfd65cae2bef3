package dev.instrumentator.quarkus.deployment.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A resource without {@code @Instrumented}: its requests are left out, but for those its locator
 * passes on to a sub-resource that is.
 */
@Path("/untimed")
public class Untimed {
  @GET
  public String get() {
    return "untimed";
  }

  @Path("reviews")
  public Reviews reviews() {
    return new Reviews();
  }
}
