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
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The bookstore's API. The application serves it through {@code BookResource_Instrumented}, which
 * the processor generates from it.
 */
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
    return lines(store.all());
  }

  /** An unknown ISBN is a 404 from the handler itself, so it keeps this route's template. */
  @GET
  @Path("{isbn: [0-9-]+}")
  public String get(@PathParam("isbn") String isbn) {
    return existing(isbn) + "\n";
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
    if (!store.add(book, 1)) {
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

  /**
   * Takes one copy. No copy left is an {@link OutOfStockException}, which {@link OutOfStockMapper}
   * answers with 409 Conflict.
   */
  @POST
  @Path("{isbn: [0-9-]+}/orders")
  public String order(@PathParam("isbn") String isbn) {
    Book book = existing(isbn);
    return "ordered " + book + "; " + store.takeOne(book) + " left\n";
  }

  /**
   * Asks the recommendation service, which takes a while: the answer is a stage that completes
   * later, with the books, or with a {@link NotFoundException} for an unknown ISBN.
   */
  @GET
  @Path("{isbn: [0-9-]+}/similar")
  public CompletionStage<String> similar(@PathParam("isbn") String isbn) {
    return CompletableFuture.completedFuture(isbn)
        .thenApply(this::existing)
        .thenCompose(store::similarTo)
        .thenApply(BookResource::lines);
  }

  /**
   * Asks the warehouse, and answers when it does: 503 if it does not within the stock-check
   * timeout, 404 if it does not know the book.
   */
  @GET
  @Path("{isbn: [0-9-]+}/stock")
  public void stock(@PathParam("isbn") String isbn, @Suspended AsyncResponse response) {
    response.setTimeout(store.stockCheckTimeout().toMillis(), TimeUnit.MILLISECONDS);
    response.setTimeoutHandler(
        timedOut ->
            timedOut.resume(
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity("the warehouse did not answer in time\n")
                    .build()));
    store
        .stockOf(isbn)
        .thenAccept(
            copies -> {
              if (copies.isPresent()) {
                response.resume(copies.get() + " in stock\n");
              } else {
                response.resume(new NotFoundException("no book " + isbn));
              }
            });
  }

  /**
   * A sub-resource locator: not a resource method, so not timed itself. It returns the decorator
   * of the sub-resource, which times the reviews' own methods.
   */
  @Path("{isbn: [0-9-]+}/reviews")
  public ReviewsResource reviews(@PathParam("isbn") String isbn) {
    Book book = existing(isbn);
    return new ReviewsResource_Instrumented(book, store.reviewsOf(book));
  }

  /** Fails as a bug or an outage would: JAX-RS answers 500. */
  @GET
  @Path("{isbn: [0-9-]+}/cover")
  @Produces("image/png")
  public byte[] cover(@PathParam("isbn") String isbn) {
    throw new UncheckedIOException(new java.io.IOException("cover storage is unreachable"));
  }

  private Book existing(String isbn) {
    return store.find(isbn).orElseThrow(() -> new NotFoundException("no book " + isbn));
  }

  private static String lines(Collection<Book> books) {
    return books.stream().map(Book::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  /** Not worth a series of its own. */
  @DoNotTrack
  @GET
  @Path("count")
  public String count() {
    return store.all().size() + "\n";
  }
}
