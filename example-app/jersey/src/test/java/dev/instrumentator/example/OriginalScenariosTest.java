package dev.instrumentator.example;

import static dev.instrumentator.example.Metrics.COUNT;
import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of prometheus-flask-instrumentator's own test suite, in JAX-RS form, against the
 * example app with the companion. Its {@code /} is GET-only, like the original's test app's.
 */
class OriginalScenariosTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = JerseyServer.start(BookstoreApp.application(Bookstore.withSampleBooks()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void groupedStatusCodes() {
    Metrics.reset(registry, HttpMetrics.builder());

    server.post("/"); // 405
    server.post("/"); // 405
    server.get("/"); // 200

    assertEquals(
        Map.of(
            labels("handler", "none", "method", "POST", "status", "4xx"), 2.0,
            labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(3).series(COUNT));
  }

  @Test
  void ungroupedStatusCodes() {
    Metrics.reset(registry, HttpMetrics.builder().groupStatusCodes(false));

    server.post("/");
    server.post("/");
    server.get("/");

    assertEquals(
        Map.of(
            labels("handler", "none", "method", "POST", "status", "405"), 2.0,
            labels("handler", "/", "method", "GET", "status", "200"), 1.0),
        server.scrapeAfter(3).series(COUNT));
  }

  @Test
  void ignoreUntemplated() {
    Metrics.reset(registry, HttpMetrics.builder().ignoreUntemplated(true));

    server.get("/");
    server.get("/fefwefwe4533");
    server.get("/booogo");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void includeUntemplatedDontGroup() {
    Metrics.reset(registry, HttpMetrics.builder().groupUntemplated(false));

    server.get("/");
    server.get("/this_does_not_exist");

    assertEquals(
        Map.of(
            labels("handler", "/", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/this_does_not_exist", "method", "GET", "status", "4xx"), 1.0),
        server.scrapeAfter(2).series(COUNT));
  }

  @Test
  void includeUntemplatedGroup() {
    Metrics.reset(registry, HttpMetrics.builder());

    server.get("/");
    server.get("/this_does_not_exist");

    assertEquals(
        Map.of(
            labels("handler", "/", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "none", "method", "GET", "status", "4xx"), 1.0),
        server.scrapeAfter(2).series(COUNT));
  }

  @Test
  void customLabelNames() {
    Metrics.reset(registry, HttpMetrics.builder().labelNames("a", "b", "c"));

    server.get("/");

    assertEquals(
        Map.of(labels("a", "GET", "b", "/", "c", "2xx"), 1.0), server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void doNotTrack() {
    Metrics.reset(registry, HttpMetrics.builder().excludedHandlers());

    server.get("/health"); // @DoNotTrack
    server.get("/health");
    server.get("/");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void excludePaths() {
    Metrics.reset(registry, HttpMetrics.builder().excludedHandlers("/cover$"));

    server.get("/");
    server.get("/books/978-0134685991/cover");
    server.get("/books/978-0134685991/cover");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void bucketWithoutInf() {
    Metrics.reset(registry, HttpMetrics.builder().buckets(1, 2, 3));

    server.get("/");

    List<String> bounds =
        server.scrapeAfter(1).series("http_request_duration_seconds_bucket").keySet().stream()
            .map(labels -> labels.get("le"))
            .toList();
    assertEquals(List.of("1.0", "2.0", "3.0", "+Inf"), bounds);
  }

  @Test
  void unhandledServerError() {
    Metrics.reset(registry, HttpMetrics.builder());

    server.get("/");
    assertEquals(500, server.get("/books/978-0134685991/cover").statusCode());

    assertEquals(
        1.0,
        server.scrapeAfter(2)
            .value(COUNT, labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "5xx")));
  }

  @Test
  void customMetricName() {
    Metrics.reset(registry, HttpMetrics.builder().metricName("bookstore_request_seconds"));

    server.get("/");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series("bookstore_request_seconds_count"));
    assertEquals(Map.of(), server.scrape().series(COUNT));
  }
}
