package dev.instrumentator.quarkus.deployment.listening;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Answers a body with itself and one more character: sizes that differ. */
@Instrumented
@Path("/echo")
public class Echo {
  @POST
  public String echo(String body) {
    return body + "!";
  }
}
