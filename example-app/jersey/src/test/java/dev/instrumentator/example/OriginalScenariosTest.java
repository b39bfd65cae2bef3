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
    server = JerseyServer.startWithOneWorker(BookstoreApp.application(Bookstore.withSampleBooks()));
  }

  /**
   * Fresh metrics, once the requests of the test before have ended: a request is recorded when it
   * ends, which may be after its client has the response, and would then land in the next test's
   * metrics (an excluded one too, which the test before cannot wait for). On the one worker a
   * request ends before the next starts, and {@code /health} is never recorded.
   */
  private static void reset(HttpMetrics.Builder options) {
    server.get("/health");
    Metrics.reset(registry, options);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void groupedStatusCodes() {
    reset(HttpMetrics.builder());

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
    reset(HttpMetrics.builder().groupStatusCodes(false));

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
    reset(HttpMetrics.builder().ignoreUntemplated(true));

    server.get("/");
    server.get("/fefwefwe4533");
    server.get("/booogo");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void includeUntemplatedDontGroup() {
    reset(HttpMetrics.builder().groupUntemplated(false));

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
    reset(HttpMetrics.builder());

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
    reset(HttpMetrics.builder().labelNames("a", "b", "c"));

    server.get("/");

    assertEquals(
        Map.of(labels("a", "GET", "b", "/", "c", "2xx"), 1.0), server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void doNotTrack() {
    reset(HttpMetrics.builder().excludedHandlers());

    server.get("/health"); // @DoNotTrack
    server.get("/health");
    server.get("/");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void excludePaths() {
    reset(HttpMetrics.builder().excludedHandlers("/cover$"));

    server.get("/");
    server.get("/books/978-0134685991/cover");
    server.get("/books/978-0134685991/cover");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series(COUNT));
  }

  @Test
  void bucketWithoutInf() {
    reset(HttpMetrics.builder().buckets(1, 2, 3));

    server.get("/");

    List<String> bounds =
        server.scrapeAfter(1).series("http_request_duration_seconds_bucket").keySet().stream()
            .map(labels -> labels.get("le"))
            .toList();
    assertEquals(List.of("1.0", "2.0", "3.0", "+Inf"), bounds);
  }

  @Test
  void unhandledServerError() {
    reset(HttpMetrics.builder());

    server.get("/");
    assertEquals(500, server.get("/books/978-0134685991/cover").statusCode());

    assertEquals(
        1.0,
        server.scrapeAfter(2)
            .value(COUNT, labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "5xx")));
  }

  @Test
  void customMetricName() {
    reset(HttpMetrics.builder().metricName("bookstore_request_seconds"));

    server.get("/");

    assertEquals(
        Map.of(labels("handler", "/", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(1).series("bookstore_request_seconds_count"));
    assertEquals(Map.of(), server.scrape().series(COUNT));
  }
}
