package dev.instrumentator.quarkus.deployment.misplaced;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;

/** A sub-resource: no {@code @Path} of its own; timed, so not warned of. */
@Instrumented
public class Reviews {
  @GET
  public String list() {
    return "[]";
  }
}
