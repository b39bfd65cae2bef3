package dev.instrumentator.jersey.streams;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.testing.Later;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ChunkedOutput;

/**
 * Streams written after their handlers return, on another thread: a first chunk at once, the
 * last once the test opens {@link #GATE}, then the end of the stream.
 */
@Instrumented
@Path("/streams")
public class StreamsResource {
  /** Each permit lets one stream write its last chunk and end. */
  public static final Semaphore GATE = new Semaphore(0);

  @GET
  @Path("chunks")
  public ChunkedOutput<String> chunks() {
    ChunkedOutput<String> output = new ChunkedOutput<>(String.class);
    CompletableFuture.runAsync(
        () -> {
          try (output) {
            output.write("first\n");
            awaitGate();
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
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    CompletableFuture.runAsync(
        () -> {
          try {
            sink.send(sse.newEvent("first")).toCompletableFuture().join();
            awaitGate();
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

  /** Waits for the test to open the gate, for 30 s at most: a failed test must not hang the build. */
  private static void awaitGate() throws InterruptedException {
    if (!GATE.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the test never opened the gate");
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
