package dev.instrumentator.example;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The reviews of one book: a sub-resource, which {@link BookResource#reviews} locates. It has no
 * {@code @Path} of its own, so its decorator knows only its methods' paths; the JAX-RS companion
 * records the full template, {@code /books/{isbn}/reviews/{n}}.
 */
@Instrumented
@SuppressWarnings("instrumentator.unreachable") // a sub-resource: BookResource's locator serves it
@Produces(MediaType.TEXT_PLAIN)
public class ReviewsResource {
  private final Book book;
  private final List<String> reviews;

  public ReviewsResource(Book book, List<String> reviews) {
    this.book = book;
    this.reviews = reviews;
  }

  @GET
  public String all() {
    return reviews.size() + " reviews of " + book.title() + "\n";
  }

  /** The n-th review, from 1. */
  @GET
  @Path("{n: [0-9]+}")
  public String one(@PathParam("n") int n) {
    if (n < 1 || n > reviews.size()) {
      throw new NotFoundException(book.title() + " has no review " + n);
    }
    return reviews.get(n - 1) + "\n";
  }
}
