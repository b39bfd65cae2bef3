package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no configuration at all, routes record into the default registry with the defaults.
 *
 * <p>Runs in a JVM of its own (the {@code fresh-jvm} execution of the build): it tests what a
 * process does before anything configures it, which no other test may have done first.
 */
class DefaultMetricsTest {
  private static final Map<String, String> NOT_FOUND =
      labels("method", "GET", "handler", "/books/{isbn}", "status", "4xx");

  @Test
  void routesWorkWithNoConfiguration() {
    assertNull(Recorder.defaultIfSet(), "nothing configured yet");
    double before = count();

    Route.of("GET", "/books/{isbn}").callFinished(System.nanoTime(), 404);

    assertSame(HttpMetrics.getDefault(), HttpMetrics.getDefault());
    assertSame(HttpMetrics.getDefault(), Recorder.defaultIfSet().metrics());
    assertEquals(before + 1, count());
  }

  private static double count() {
    return Scrape.of(PrometheusRegistry.defaultRegistry)
        .series("http_request_duration_seconds_count")
        .getOrDefault(NOT_FOUND, 0.0);
  }
}
