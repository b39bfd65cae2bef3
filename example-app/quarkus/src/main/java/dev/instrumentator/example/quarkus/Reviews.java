package dev.instrumentator.example.quarkus;

import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A book's reviews: a sub-resource, with no {@code @Path} of its own, which {@link Bookstore}'s
 * locator returns. Timed under the locator's path and its own: {@code /books/{isbn}/reviews}.
 */
@Instrumented
public class Reviews {
  private final List<String> reviews;

  Reviews(List<String> reviews) {
    this.reviews = reviews;
  }

  @GET
  @RolesAllowed({"reader", "clerk"})
  public String list() {
    return String.join("\n", reviews);
  }

  @POST
  @RolesAllowed("reader")
  public Response add(String review) {
    reviews.add(review);
    return Response.status(Response.Status.CREATED).entity(String.valueOf(reviews.size())).build();
  }

  /** A fresh, empty list of reviews. */
  static List<String> none() {
    return new CopyOnWriteArrayList<>();
  }
}
