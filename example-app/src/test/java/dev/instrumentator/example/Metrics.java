package dev.instrumentator.example;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.Supplier;

/** Fresh metrics for a test, and scrapes that wait for the requests it sent to be recorded. */
final class Metrics {
  static final String COUNT = "http_request_duration_seconds_count";
  static final String SUM = "http_request_duration_seconds_sum";

  private Metrics() {}

  static void reset(PrometheusRegistry registry, HttpMetrics.Builder options) {
    registry.clear();
    HttpMetrics.setDefault(options.registry(registry).build());
  }

  /**
   * Scrapes until {@code requests} requests are counted, for at most 5 s. The companion records a
   * request once its response is complete, which can be a moment after the client has read it.
   */
  static Scrape awaitCounted(Supplier<Scrape> scraper, int requests) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    Scrape scrape = scraper.get();
    while (counted(scrape) < requests && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      scrape = scraper.get();
    }
    return scrape;
  }

  private static double counted(Scrape scrape) {
    return scrape.samples().stream()
        .filter(sample -> sample.name().endsWith("_count"))
        .mapToDouble(Scrape.Sample::value)
        .sum();
  }
}
