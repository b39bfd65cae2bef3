package dev.instrumentator.example;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Fresh metrics for a test. */
final class Metrics {
  static final String COUNT = "http_request_duration_seconds_count";
  static final String SUM = "http_request_duration_seconds_sum";

  private Metrics() {}

  static void reset(PrometheusRegistry registry, HttpMetrics.Builder options) {
    registry.clear();
    HttpMetrics.setDefault(options.register(registry));
  }
}
