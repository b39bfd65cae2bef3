package dev.instrumentator.benchmarks;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The controller the per-call benchmarks time: its method does as little as a method can. */
@Instrumented
@Path("/fixture")
public class FixtureResource {
  static final String BOOK = "a book";

  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return BOOK;
  }
}
