package dev.instrumentator.example;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.stream.Collectors;

/** The bookstore's API. {@code BookResource_Instrumented} is what the application registers. */
@Instrumented
@Path("/books")
@Produces(MediaType.TEXT_PLAIN)
public class BookResource {
  private final Bookstore store;

  @Inject
  public BookResource(Bookstore store) {
    this.store = store;
  }

  @GET
  public String list() {
    return store.all().stream().map(Book::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  /** An unknown ISBN is a 404 from the handler itself, so it keeps this route's template. */
  @GET
  @Path("{isbn: [0-9-]+}")
  public String get(@PathParam("isbn") String isbn) {
    return store.find(isbn).orElseThrow(() -> new NotFoundException("no book " + isbn)) + "\n";
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@FormParam("isbn") String isbn, @FormParam("title") String title) {
    if (isbn == null || title == null) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity("give an isbn and a title\n")
          .build();
    }
    Book book = new Book(isbn, title);
    if (!store.add(book)) {
      return Response.status(Response.Status.CONFLICT).entity("already there: " + book + "\n").build();
    }
    return Response.created(URI.create("/books/" + isbn)).entity(book + "\n").build();
  }

  @DELETE
  @Path("{isbn: [0-9-]+}")
  public void remove(@PathParam("isbn") String isbn) {
    if (!store.remove(isbn)) {
      throw new NotFoundException("no book " + isbn);
    }
  }

  /** Fails as a bug or an outage would: JAX-RS answers 500. */
  @GET
  @Path("{isbn: [0-9-]+}/cover")
  @Produces("image/png")
  public byte[] cover(@PathParam("isbn") String isbn) {
    throw new UncheckedIOException(new java.io.IOException("cover storage is unreachable"));
  }

  /** Not worth a series of its own. */
  @DoNotTrack
  @GET
  @Path("count")
  public String count() {
    return store.all().size() + "\n";
  }
}
