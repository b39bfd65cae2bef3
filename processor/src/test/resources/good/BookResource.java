package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** Every kind of resource method and constructor a JAX-RS class has. */
@Instrumented
@Path("//books/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
@RolesAllowed("reader")
@SuppressWarnings("unused") // source-retained: not copied
public class BookResource {
  private final String shelf;

  @Inject
  public BookResource(@Named("shelf") String shelf) {
    this.shelf = shelf;
  }

  protected BookResource() {
    this("default");
  }

  private BookResource(int ignored) {
    this("private");
  }

  @GET
  public List<String> list() {
    return List.of(shelf);
  }

  @GET
  @Path("{isbn: [0-9]{3}-[0-9]+}")
  public String get(@PathParam("isbn") String isbn) {
    return isbn;
  }

  @GET
  @Path("search")
  public List<String> find(@QueryParam("title") String title) {
    return List.of(title);
  }

  @GET
  @Path("search/{year}")
  public List<String> find(@PathParam("year") int year) {
    return List.of();
  }

  @POST
  @RolesAllowed("editor")
  public Response create(String body) {
    return Response.status(201).build();
  }

  @DELETE
  @Path("/{isbn}/")
  public void delete(@PathParam("isbn") String start) throws IOException {}

  @GET
  @Path("count")
  public int count() {
    return 1;
  }

  @Deprecated
  @GET
  @Path("legacy-count")
  public long legacyCount() {
    return 1;
  }

  @DoNotTrack
  @GET
  @Path("ping")
  public String ping() {
    return "pong";
  }

  /** A sub-resource locator: not a resource method, so it is not overridden. */
  @Path("{isbn}/reviews")
  public Object reviews(@PathParam("isbn") String isbn) {
    return new Object();
  }

  /** Not a resource method either. */
  public String describe() {
    return shelf;
  }
}
