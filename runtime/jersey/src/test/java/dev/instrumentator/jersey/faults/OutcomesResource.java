package dev.instrumentator.jersey.faults;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;

/** One route per way a request can end. */
@Instrumented
@Path("/outcomes")
public class OutcomesResource {
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
}
