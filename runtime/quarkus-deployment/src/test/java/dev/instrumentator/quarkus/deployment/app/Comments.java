package dev.instrumentator.quarkus.deployment.app;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A review's comments: reached through two locators, {@link Books}'s and {@link Reviews}'. */
@Instrumented
public class Comments {
  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{c: [0-9]+}")
  public String get() {
    return "comment";
  }
}
