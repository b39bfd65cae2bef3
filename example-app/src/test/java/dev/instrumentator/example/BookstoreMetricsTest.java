package dev.instrumentator.example;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.core.MediaType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example app on a real server, with the default options, scraped through /metrics. */
class BookstoreMetricsTest {
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.start(BookstoreApp.application(Bookstore.withSampleBooks(), registry));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freshMetrics() {
    registry.clear();
    HttpMetrics.setDefault(HttpMetrics.builder().registry(registry).build());
  }

  @Test
  void everyRouteCountsUnderItsDeclaredTemplateWithGroupedStatuses() {
    assertEquals(200, server.get("/").statusCode());
    assertEquals(200, server.get("/books").statusCode());
    assertEquals(200, server.get("/books").statusCode());
    assertEquals(200, server.get("/books/978-0134685991").statusCode());
    assertEquals(404, server.get("/books/000-0000000000").statusCode());
    assertEquals(201, server.postForm("/books", "isbn=111-1&title=New").statusCode());
    assertEquals(409, server.postForm("/books", "isbn=111-1&title=Again").statusCode());
    assertEquals(204, server.delete("/books/111-1").statusCode());
    assertEquals(500, server.get("/books/978-0134685991/cover").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books", "method", "GET", "status", "2xx"), 2.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "4xx"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "2xx"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "4xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "5xx"), 1.0),
        server.scrape().series(COUNT));
  }

  @Test
  void doNotTrackRoutesAndTheMetricsEndpointAreAbsent() {
    assertEquals(200, server.get("/books/count").statusCode());
    assertEquals(200, server.get("/health").statusCode());
    assertEquals(200, server.get("/metrics").statusCode());

    assertEquals(Map.of(), server.scrape().series(COUNT));
  }

  @Test
  void requestsThatMatchNoRouteNeverReachADecorator() {
    // Routing failures are the JAX-RS companion's to record; decorators alone cannot see them.
    assertEquals(404, server.get("/no/such/page").statusCode());
    assertEquals(405, server.postForm("/books/978-0134685991", "x=y").statusCode());

    assertEquals(Map.of(), server.scrape().series(COUNT));
  }

  @Test
  void bucketsAndSumDescribeTheRequest() {
    server.get("/books");

    Map<Map<String, String>, Double> buckets =
        server.scrape().series("http_request_duration_seconds_bucket");
    List<String> bounds = buckets.keySet().stream().map(labels -> labels.get("le")).toList();
    assertEquals(
        List.of("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0",
            "10.0", "+Inf"),
        bounds);
    double sum =
        server.scrape()
            .value(
                "http_request_duration_seconds_sum",
                labels("handler", "/books", "method", "GET", "status", "2xx"));
    assertTrue(sum > 0 && sum < 1, "a GET /books took " + sum + " s");
  }

  @Test
  void metricsAreServedInThePrometheusTextFormat() {
    server.get("/books");

    HttpResponse<String> response = server.get("/metrics");

    // Compared as media types: Jersey may reorder the parameters.
    assertEquals(
        MediaType.valueOf(PrometheusTextFormatWriter.CONTENT_TYPE),
        MediaType.valueOf(response.headers().firstValue("Content-Type").orElseThrow()));
    assertTrue(
        response.body().contains(
            "# HELP http_request_duration_seconds Duration of HTTP requests in seconds\n"
                + "# TYPE http_request_duration_seconds histogram\n"),
        response.body());
  }
}
