package dev.instrumentator.jersey.inprogress;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.testing.Later;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Requests that wait at a gate the test opens: in progress for as long as it likes. */
@Instrumented
@Path("/gate")
public class GateResource {
  /** Permits the test releases, one per request to let through. */
  public static final Semaphore GATE = new Semaphore(0);

  @GET
  public String through() throws InterruptedException {
    pass();
    return "through\n";
  }

  @GET
  @Path("async")
  public void asyncThrough(@Suspended AsyncResponse response) {
    CompletableFuture.runAsync(
        () -> {
          try {
            pass();
            response.resume("through\n");
          } catch (InterruptedException e) {
            response.resume(e);
          }
        },
        Later.OWN_THREAD);
  }

  private static void pass() throws InterruptedException {
    if (!GATE.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the test never opened the gate");
    }
  }
}
