package dev.instrumentator.jersey.streams;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.testing.Later;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ChunkedOutput;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Streams written after their handlers return, on another thread: a first chunk at once, the
 * last once the test opens {@link #GATE} and Jersey has finished the request, then the end of the
 * stream. An application serving it registers {@link Finished} too.
 *
 * <p>Why the wait for Jersey (docs/design.md, Jersey fact 14): Jersey on Grizzly checks that a
 * chunked output is still open, then suspends the response until it closes. An output closed
 * between the two, by a stream that writes its last chunk at once, leaves the response suspended
 * for ever, with or without instrumentator: one request in a few thousand hung the twin tests.
 */
@Instrumented
@Path("/streams")
public class StreamsResource {
  /** Each permit lets one stream write its last chunk and end. */
  public static final Semaphore GATE = new Semaphore(0);

  /** The request property holding the latch that {@link Finished} opens. */
  private static final String FINISHED = StreamsResource.class.getName() + ".finished";

  @GET
  @Path("chunks")
  public ChunkedOutput<String> chunks(@Context ContainerRequestContext request) {
    CountDownLatch finished = finishedLatch(request);
    ChunkedOutput<String> output = new ChunkedOutput<>(String.class);
    CompletableFuture.runAsync(
        () -> {
          try (output) {
            output.write("first\n");
            awaitGateAnd(finished);
            output.write("last\n");
          } catch (IOException e) {
            // The client went away: Jersey has closed the output.
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        Later.OWN_THREAD);
    return output;
  }

  @GET
  @Path("events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(
      @Context SseEventSink sink, @Context Sse sse, @Context ContainerRequestContext request) {
    CountDownLatch finished = finishedLatch(request);
    CompletableFuture.runAsync(
        () -> {
          try {
            sink.send(sse.newEvent("first")).toCompletableFuture().join();
            awaitGateAnd(finished);
            sink.send(sse.newEvent("last")).toCompletableFuture().join();
          } catch (RuntimeException e) {
            // The client went away.
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            close(sink);
          }
        },
        Later.OWN_THREAD);
  }

  /** Opens the latch of each request to this resource once Jersey has finished it. */
  public static final class Finished implements ApplicationEventListener {
    @Override
    public void onEvent(ApplicationEvent event) {}

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
      return event -> {
        if (event.getType() == RequestEvent.Type.FINISHED
            && event.getContainerRequest().getProperty(FINISHED) instanceof CountDownLatch latch) {
          latch.countDown();
        }
      };
    }
  }

  private static CountDownLatch finishedLatch(ContainerRequestContext request) {
    CountDownLatch finished = new CountDownLatch(1);
    request.setProperty(FINISHED, finished);
    return finished;
  }

  /**
   * Waits for the test to open the gate and for Jersey to finish the request, for 30 s at most
   * each: a failed test must not hang the build.
   */
  private static void awaitGateAnd(CountDownLatch finished) throws InterruptedException {
    if (!GATE.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the test never opened the gate");
    }
    if (!finished.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          "Jersey never finished the request: register StreamsResource.Finished");
    }
  }

  /** JAX-RS 4 declares the IOException that JAX-RS 3.1 does not. */
  private static void close(AutoCloseable sink) {
    try {
      sink.close();
    } catch (Exception e) {
      // The client went away.
    }
  }
}
