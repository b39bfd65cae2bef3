package dev.instrumentator.jersey.attribution;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A timed resource that others call, and that calls another, in every way a request can end. */
@Instrumented
@Path("/shelf")
public class ShelfResource {

  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return "book " + id;
  }

  /** Not timed, though it calls a timed method of its own resource. */
  @DoNotTrack
  @GET
  @Path("legacy/{id}")
  public String legacy(@PathParam("id") String id) {
    return get(id);
  }

  /** Calls a timed resource method of another resource. */
  @GET
  @Path("{id}/related")
  public String withRelated(@PathParam("id") String id) {
    return get(id) + ", related: " + new RelatedResource_Instrumented().find(id);
  }

  /** An exception no mapper answers: the container answers 500. */
  @GET
  @Path("{id}/failing")
  public String failing(@PathParam("id") String id) {
    throw new IllegalStateException("failing " + id);
  }

  /** A 404 of its own, under its template. */
  @GET
  @Path("{id}/missing")
  public String missing(@PathParam("id") String id) {
    throw new NotFoundException("no " + id);
  }

  /** Answered on another thread, which calls a timed resource too. */
  @GET
  @Path("{id}/later")
  public CompletionStage<String> later(@PathParam("id") String id) {
    return CompletableFuture.supplyAsync(() -> "later, " + new RelatedResource_Instrumented().find(id));
  }

  /** Resumed from another thread, which calls a timed resource too. */
  @GET
  @Path("{id}/suspended")
  public void suspended(@PathParam("id") String id, @Suspended AsyncResponse response) {
    new Thread(() -> response.resume("suspended, " + new RelatedResource_Instrumented().find(id)))
        .start();
  }

  /** A mapped exception: 400, under its template. */
  @GET
  @Path("{id}/invalid")
  public String invalid(@PathParam("id") String id) {
    throw new IllegalArgumentException("invalid " + id);
  }

  /** A sub-resource locator: the sub-resource counts under both templates joined. */
  @Path("{id}/pages")
  public PagesResource pages(@PathParam("id") String id) {
    return new PagesResource_Instrumented(id);
  }
}
