package dev.instrumentator.example.quarkus;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The bookstore: anyone lists the books, readers read one and its price, and review it, clerks
 * add, remove and audit them. Every request to it is timed, under the template its code declares, but the health
 * check's.
 */
@Instrumented
@Path("/books")
public class Bookstore {
  private final Map<String, String> books =
      new ConcurrentSkipListMap<>(Map.of("1", "Dune", "2", "Emma", "3", "Ulysses"));
  private final Map<String, List<String>> reviews = new ConcurrentHashMap<>();

  @GET
  @PermitAll
  public String list() {
    return String.join(", ", new TreeMap<>(books).values());
  }

  @GET
  @Path("/{isbn: [0-9]+}")
  @RolesAllowed({"reader", "clerk"})
  public String get(@PathParam("isbn") String isbn) {
    String title = books.get(isbn);
    if (title == null) {
      throw new NotFoundException("no book " + isbn);
    }
    return title;
  }

  /** The price, computed later: a {@code Uni}. */
  @GET
  @Path("/{isbn: [0-9]+}/price")
  @RolesAllowed("reader")
  public Uni<String> price(@PathParam("isbn") String isbn) {
    return Uni.createFrom().item(() -> books.containsKey(isbn) ? "9.99" : null)
        .onItem().ifNull().failWith(() -> new NotFoundException("no book " + isbn));
  }

  @POST
  @RolesAllowed("clerk")
  @Audited
  public Response add(String title) {
    String isbn = String.valueOf(books.size() + 1);
    books.putIfAbsent(isbn, title);
    return Response.status(Response.Status.CREATED).entity(isbn).build();
  }

  /** A book that is on loan cannot be removed: {@link OnLoanMapper} answers 409. */
  @DELETE
  @Path("/{isbn}")
  @RolesAllowed("clerk")
  @Audited
  public void remove(@PathParam("isbn") String isbn) {
    if (isbn.equals("3")) {
      throw new OnLoan(isbn);
    }
  }

  /** A book's reviews, a sub-resource: 404 for a book that does not exist. */
  @Path("/{isbn: [0-9]+}/reviews")
  public Reviews reviews(@PathParam("isbn") String isbn) {
    if (!books.containsKey(isbn)) {
      throw new NotFoundException("no book " + isbn);
    }
    return new Reviews(reviews.computeIfAbsent(isbn, book -> Reviews.none()));
  }

  /** How many changes the audit interceptor saw: proof that it ran on each. */
  @GET
  @Path("/audit")
  @RolesAllowed("clerk")
  public String audit() {
    return String.valueOf(AuditInterceptor.audited());
  }

  /** A bug: an exception no mapper handles, which Quarkus answers with 500. */
  @GET
  @Path("/bestseller")
  @PermitAll
  public String bestseller() {
    throw new IllegalStateException("no bestseller yet");
  }

  @GET
  @Path("/health")
  @PermitAll
  @DoNotTrack
  public String health() {
    return "ok";
  }
}
