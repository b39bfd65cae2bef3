package dev.instrumentator.example;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The store's front page, its health check and its metrics. */
@Instrumented
@Path("/")
public class StoreResource {
  private static final PrometheusTextFormatWriter TEXT_FORMAT = PrometheusTextFormatWriter.create();

  private final PrometheusRegistry registry;

  @Inject
  public StoreResource(PrometheusRegistry registry) {
    this.registry = registry;
  }

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

  /** The Prometheus text format, as Prometheus scrapes it. Untimed, like the original's. */
  @DoNotTrack
  @GET
  @Path("metrics")
  public Response metrics() {
    StreamingOutput body = out -> TEXT_FORMAT.write(out, registry.scrape());
    return Response.ok(body, TEXT_FORMAT.getContentType()).build();
  }
}
