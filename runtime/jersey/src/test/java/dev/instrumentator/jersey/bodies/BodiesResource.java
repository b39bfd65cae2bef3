package dev.instrumentator.jersey.bodies;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;

/** Bodies of every kind of length: echoed, large (chunked on the wire), none, and streamed. */
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
      output.write(new byte[100]);
    };
  }
}
