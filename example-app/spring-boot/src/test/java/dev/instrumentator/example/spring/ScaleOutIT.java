package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.PrometheusServer;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.PackagedApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fleet: three instances of the packaged app, each its own process and its own Prometheus
 * target, scraped by one real Prometheus server. Summed over the instances, the counts are what
 * was sent to all three, and a quantile over the summed buckets answers: the histogram aggregates
 * as a fleet's metrics must (a summary's quantiles could not be summed). The metrics of one JVM
 * are one target.
 */
@Tag("prometheus")
class ScaleOutIT {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String BOOK = "/books/978-0134685991";

  @Test
  void theFleetsCountsAddUpAndItsQuantilesAnswer() throws Exception {
    List<PackagedApp> fleet = new ArrayList<>();
    PrometheusServer prometheus = null;
    try {
      for (int i = 0; i < 3; i++) {
        // Side by side; each route's series at zero from the first scrape, so that Prometheus
        // sees every request as an increase (a series born with its count has none).
        fleet.add(PackagedApp.start(BookstoreJarIT.JAR, "--instrumentator.create-series-at-startup=true"));
      }
      List<String> targets = new ArrayList<>();
      for (PackagedApp app : fleet) {
        targets.add("127.0.0.1:" + app.port());
      }
      prometheus = PrometheusServer.start(targets, "/actuator/prometheus", false);
      prometheus.awaitQuery(
          "count by (instance) (http_request_duration_seconds_count)",
          instances -> instances.size() == fleet.size(),
          PATIENCE);

      // Instance i gets i + 1 times the same mix: 6 reads of a book, 4 of a missing one, in all.
      int sent = 0;
      for (int i = 0; i < fleet.size(); i++) {
        Http http = fleet.get(i).http();
        for (int n = 0; n <= i; n++) {
          assertEquals(200, http.get(BOOK).statusCode());
          sent++;
        }
        for (int n = 0; n < i; n++) {
          assertEquals(404, http.get("/books/978-0000000000").statusCode());
          sent++;
        }
        http.scrapeAfter(i + 1 + i);
      }
      prometheus.awaitCounted("sum(http_request_duration_seconds_count)", sent, PATIENCE);

      assertEquals(3, prometheus.query("up == 1").size(), "three targets up");
      assertEquals(
          Map.of(
              Map.of("handler", "/books/{isbn}", "status", "2xx"), 6.0,
              Map.of("handler", "/books/{isbn}", "status", "4xx"), 3.0,
              // Created at start-up, never requested: there, at zero, for alerts and dashboards.
              Map.of("handler", "/books", "status", "2xx"), 0.0,
              Map.of("handler", "/books/{isbn}/orders", "status", "2xx"), 0.0,
              Map.of("handler", "/books/{isbn}/similar", "status", "2xx"), 0.0,
              Map.of("handler", "/books/{isbn}/cover", "status", "2xx"), 0.0),
          prometheus.queryByLabels("sum by (handler, status) (http_request_duration_seconds_count)"));
      double p99 =
          prometheus.awaitQuantile(
              "histogram_quantile(0.99, sum by (le, handler)"
                  + " (increase(http_request_duration_seconds_bucket[1m])))",
              "/books/{isbn}",
              PATIENCE);
      assertTrue(p99 > 0 && p99 <= 10, "p99 of the fleet's reads: " + p99);
    } finally {
      if (prometheus != null) {
        prometheus.close();
      }
      for (PackagedApp app : fleet) {
        app.close();
      }
    }
  }

}
