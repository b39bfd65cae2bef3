package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * When the default metrics cannot be created (the application registered a metric of the same
 * name in the default registry), requests go on unchanged, the failure is logged once, and
 * recording starts as soon as the name is free.
 *
 * <p>Runs in a JVM of its own (the {@code fresh-jvm} execution of the build): the default metrics
 * are created once per process, so no other test may have created them first.
 */
class DefaultMetricsUnavailableTest {
  private static final Map<String, String> BOOKS =
      labels("method", "GET", "handler", "/books", "status", "2xx");

  @Test
  void noRequestFailsAndRecordingStartsOnceTheNameIsFree() {
    Gauge squatter =
        Gauge.builder().name("http_request_duration_seconds").help("Not ours").register();
    Route route = Route.of("GET", "/books");

    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      route.callFinished(System.nanoTime(), 200);

      assertEquals(1, log.records().size(), "log lines: " + log.records());
      LogRecord record = log.records().get(0);
      assertEquals(Level.WARNING, record.getLevel());
      assertTrue(record.getMessage().startsWith("instrumentator could not record GET /books"));
    }
    // A companion asking for the registry to serve at start-up is told, not left with nothing.
    assertThrows(IllegalStateException.class, HttpMetrics::getDefault);

    PrometheusRegistry.defaultRegistry.unregister(squatter);
    route.callFinished(System.nanoTime(), 200);

    assertEquals(
        1.0,
        Scrape.of(PrometheusRegistry.defaultRegistry)
            .series("http_request_duration_seconds_count")
            .get(BOOKS));
  }
}
