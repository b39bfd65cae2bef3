package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A process started with {@code -Dinstrumentator.enabled=false} records nothing, on any path.
 *
 * <p>Runs in a JVM of its own with that property (the {@code recording-off} execution of the
 * build): the switch is read once per process.
 */
class RecordingOffTest {

  @Test
  void nothingIsRecordedOnAnyPath() {
    assertFalse(HttpMetrics.isEnabled());
    assertEquals(0L, Route.startTime(), "no clock read");
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics metrics = HttpMetrics.builder().registry(registry).inProgress(true).build();
    HttpMetrics.setDefault(metrics);
    Route route = Route.of("GET", "/books");

    route.callFinished(System.nanoTime(), 200);
    route.recordRequest("GET", System.nanoTime(), 200);
    route.recordRequest(metrics, "GET", System.nanoTime(), 200);
    metrics.recordUntemplated("GET", "/nowhere", 404, System.nanoTime());
    route.requestStarted(metrics, "GET");

    assertEquals(Map.of(), Scrape.of(registry).series("http_request_duration_seconds_count"));
    assertEquals(Map.of(Map.of(), 0.0), Scrape.of(registry).series("http_requests_inprogress"));
  }
}
