package dev.instrumentator.example;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The store's front page, its health check and its metrics. */
@Instrumented
@Path("/")
public class StoreResource {
  private static final ExpositionFormats FORMATS = ExpositionFormats.init();

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

  /**
   * The metrics in the format the scraper asks for: the Prometheus text format by default, the
   * protobuf format (which carries native histograms) or OpenMetrics when its Accept header asks.
   * Untimed, like the original's.
   */
  @DoNotTrack
  @GET
  @Path("metrics")
  public Response metrics(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
    ExpositionFormatWriter writer = FORMATS.findWriter(accept);
    StreamingOutput body = out -> writer.write(out, registry.scrape());
    return Response.ok(body, writer.getContentType()).build();
  }
}
