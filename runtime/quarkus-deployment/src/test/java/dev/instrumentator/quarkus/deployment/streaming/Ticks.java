package dev.instrumentator.quarkus.deployment.streaming;

import dev.instrumentator.annotations.Instrumented;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;

/**
 * A streamed body, three items: one at once, the others 300 ms apart; and a body that is not
 * streamed, as slow in all.
 */
@Instrumented
@Path("/ticks")
public class Ticks {
  /** How long each answer takes, at least. */
  public static final Duration LASTS = Duration.ofMillis(600);

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public Multi<String> stream() {
    return Multi.createFrom()
        .ticks()
        .startingAfter(Duration.ofMillis(1))
        .every(LASTS.dividedBy(2))
        .select()
        .first(3)
        .map(tick -> "tick " + tick + "\n");
  }

  @GET
  @Path("whole")
  public String whole() throws InterruptedException {
    Thread.sleep(LASTS.toMillis());
    return "tick 0\ntick 1\ntick 2\n";
  }
}
