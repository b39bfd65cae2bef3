package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Promtool;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code promtool check metrics} (Debian's prometheus package) finds nothing to complain of in a
 * scrape of the example app after traffic on every route: names, units, help, types.
 */
@Tag("prometheus")
class PromtoolTest {

  @Test
  void aScrapeAfterTrafficOnEveryRoutePassesPromtool() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Metrics.reset(registry, HttpMetrics.builder());
    try (JerseyServer server =
        JerseyServer.start(BookstoreApp.application(Bookstore.withSampleBooks()))) {
      server.scrapeAfter(Traffic.onEveryRoute(server));
      String scrape = server.get("/metrics").body();
      assertTrue(scrape.contains("http_request_duration_seconds_bucket"), scrape);

      assertEquals(new Promtool.Verdict(0, ""), Promtool.checkMetrics(scrape));
    }
  }
}
