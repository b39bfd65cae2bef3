package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.PrometheusServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real Prometheus server scrapes the example app every second while known traffic runs; what its
 * HTTP API then answers is what was sent: the counts exactly, and the 90th percentile of a route
 * that takes 200 ms inside the bucket that holds 200 ms.
 */
@Tag("prometheus")
class PrometheusServerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer app;
  private static PrometheusServer prometheus;

  @BeforeAll
  static void start() throws Exception {
    Metrics.reset(registry, HttpMetrics.builder());
    app = JerseyServer.start(BookstoreApp.application(Bookstore.withSampleBooks()));
    prometheus = PrometheusServer.start(app.hostAndPort(), false);
  }

  @AfterAll
  static void stop() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
    app.close();
  }

  @Test
  void countsAndQuantilesAreWhatWasSent() {
    // One slow request first, scraped, so that the rate of the later ones is an increase.
    assertEquals(200, app.get(Traffic.BOOK + "/similar").statusCode());
    awaitTotal(1);
    for (int i = 0; i < 10; i++) {
      assertEquals(200, app.get(Traffic.BOOK).statusCode());
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(404, app.get(Traffic.UNKNOWN_BOOK).statusCode());
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(404, app.get("/nowhere").statusCode());
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(200, app.get(Traffic.BOOK + "/similar").statusCode()); // 200 ms each
    }
    awaitTotal(24);

    assertEquals(
        Map.of(
            Map.of("handler", "/books/{isbn}", "status", "2xx"), 10.0,
            Map.of("handler", "/books/{isbn}", "status", "4xx"), 5.0,
            Map.of("handler", "none", "status", "4xx"), 3.0,
            Map.of("handler", "/books/{isbn}/similar", "status", "2xx"), 6.0),
        prometheus.queryByLabels("sum by (handler, status) (http_request_duration_seconds_count)"));

    double p90 =
        prometheus.awaitQuantile(
            "histogram_quantile(0.9, sum by (le, handler)"
                + " (rate(http_request_duration_seconds_bucket[1m])))",
            "/books/{isbn}/similar",
            PATIENCE);
    assertTrue(p90 > 0.1 && p90 <= 0.25, "p90 of a 200 ms route: " + p90);
  }

  private static void awaitTotal(int requests) {
    app.scrapeAfter(requests);
    prometheus.awaitCounted("sum(http_request_duration_seconds_count)", requests, PATIENCE);
  }

}
