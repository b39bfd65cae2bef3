package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** With no configuration at all, routes record into the default registry with the defaults. */
@Order(1) // before any test calls HttpMetrics.setDefault
class DefaultMetricsTest {

  @Test
  void routesWorkWithNoConfiguration() {
    Route.of("GET", "/books/{isbn}").callFinished(System.nanoTime(), 404);

    assertSame(HttpMetrics.getDefault(), HttpMetrics.getDefault());
    assertEquals(
        1.0,
        Scrape.of(PrometheusRegistry.defaultRegistry)
            .value(
                "http_request_duration_seconds_count",
                labels("method", "GET", "handler", "/books/{isbn}", "status", "4xx")));
  }
}
