package dev.instrumentator.jersey.faults;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Every kind of outcome a request to a timed method can have, for traffic mixed at random. */
@Instrumented
@Path("/traffic")
public class TrafficResource {

  @GET
  @Path("ok")
  public String ok() {
    return "ok\n";
  }

  @GET
  @Path("missing")
  public String missing() {
    throw new NotFoundException("no such thing");
  }

  @GET
  @Path("broken")
  public String broken() {
    throw new IllegalStateException("a bug");
  }

  /** Answers after {@code millis}. */
  @GET
  @Path("slow")
  public String slow(@QueryParam("millis") int millis) throws InterruptedException {
    Thread.sleep(millis);
    return "slow\n";
  }

  @GET
  @Path("async")
  public void async(@Suspended AsyncResponse response) {
    CompletableFuture.runAsync(() -> response.resume("async\n"), CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS));
  }

  /** Never resumed: times out after 20 ms, and Jersey answers 503. */
  @GET
  @Path("timeout")
  public void timeout(@Suspended AsyncResponse response) {
    response.setTimeout(20, TimeUnit.MILLISECONDS);
  }

  /** A body written in ten parts {@code millis} apart, after the handler has returned. */
  @GET
  @Path("stream")
  public StreamingOutput stream(@QueryParam("millis") int millis) {
    return output -> {
      for (int i = 0; i < 10; i++) {
        output.write("part\n".getBytes());
        output.flush();
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    };
  }

  /**
   * Refuses a request that asks to be, before matching ({@code X-Refuse: early}, 401) or after
   * ({@code X-Refuse: late}, 403), as an authentication filter would.
   */
  @PreMatching
  public static final class EarlyRefusal implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if ("early".equals(request.getHeaderString("X-Refuse"))) {
        request.abortWith(Response.status(401).entity("who are you?\n").build());
      }
    }
  }

  /** See {@link EarlyRefusal}. */
  public static final class LateRefusal implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if ("late".equals(request.getHeaderString("X-Refuse"))) {
        request.abortWith(Response.status(403).entity("not you\n").build());
      }
    }
  }
}
