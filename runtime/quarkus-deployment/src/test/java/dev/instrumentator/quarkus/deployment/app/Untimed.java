package dev.instrumentator.quarkus.deployment.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource without {@code @Instrumented}: its requests are left out. */
@Path("/untimed")
public class Untimed {
  @GET
  public String get() {
    return "untimed";
  }
}
