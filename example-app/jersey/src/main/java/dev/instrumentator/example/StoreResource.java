package dev.instrumentator.example;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The store's front page and its health check. */
@Instrumented
@Path("/")
public class StoreResource {
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String index() {
    return String.join(
        "\n",
        "The bookstore:",
        "  GET /books, POST /books (isbn, title), GET /books/count",
        "  GET /books/{isbn}, DELETE /books/{isbn}",
        "  POST /books/{isbn}/orders, GET /books/{isbn}/similar, GET /books/{isbn}/stock",
        "  GET /books/{isbn}/reviews, GET /books/{isbn}/reviews/{n}",
        "  GET /health, GET /metrics",
        "");
  }

  @DoNotTrack
  @GET
  @Path("health")
  @Produces(MediaType.TEXT_PLAIN)
  public String health() {
    return "ok\n";
  }
}
