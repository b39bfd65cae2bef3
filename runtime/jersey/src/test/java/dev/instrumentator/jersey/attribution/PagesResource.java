package dev.instrumentator.jersey.attribution;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The pages of one book: a timed sub-resource, reached through {@link ShelfResource}'s locator. */
@Instrumented
@SuppressWarnings("instrumentator.unreachable")
public class PagesResource {
  private final String id;

  public PagesResource(String id) {
    this.id = id;
  }

  @GET
  @Path("{page}")
  public String page(@PathParam("page") int page) {
    return "page " + page + " of " + id;
  }
}
