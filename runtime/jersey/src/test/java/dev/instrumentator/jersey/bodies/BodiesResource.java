package dev.instrumentator.jersey.bodies;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.testing.Later;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.glassfish.jersey.server.ChunkedOutput;

/**
 * Bodies of every kind: echoed, unread, large (chunked on the wire), none, failing, chunked,
 * streamed.
 */
@Instrumented
@Path("/bodies")
public class BodiesResource {

  @POST
  @Path("echo")
  public String echo(String body) {
    return body + body;
  }

  /** More than Jersey buffers, so the container sends it chunked, with no Content-Length. */
  @GET
  @Path("large")
  public String large() {
    return "x".repeat(20_000);
  }

  @DELETE
  public void delete() {}

  /** Takes a body and never reads it. */
  @POST
  @Path("unread")
  public void unread() {}

  /** A body whose writing fails before anything is sent: Jersey answers 500 instead. */
  @GET
  @Path("failing")
  public StreamingOutput failing() {
    return output -> {
      throw new IllegalStateException("the body cannot be written");
    };
  }

  /**
   * Two chunks, written on another thread once the handler has returned and Jersey has taken the
   * output: one closed before Jersey took it was now and then never finished by Jersey (the
   * request was never recorded, and the next one on its connection never answered).
   */
  @GET
  @Path("chunks")
  public ChunkedOutput<String> chunks() {
    ChunkedOutput<String> output = new ChunkedOutput<>(String.class);
    CompletableFuture.runAsync(
        () -> {
          try (output) {
            Thread.sleep(100);
            output.write("first\n");
            output.write("second\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        Later.OWN_THREAD);
    return output;
  }

  /** 100 bytes, written after {@code millis}: the time a streamed body takes to write. */
  @GET
  @Path("stream")
  public StreamingOutput stream(@QueryParam("millis") int millis) {
    return output -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      output.write(new byte[99]);
      output.write(0); // and one byte on its own
    };
  }

  /** An entity whose writer takes {@code millis} to write it: not a streamed body. */
  @GET
  @Path("slow")
  public SlowBody slow(@QueryParam("millis") int millis) {
    return new SlowBody(millis);
  }
}
