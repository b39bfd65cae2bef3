package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
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
    HttpMetrics metrics = HttpMetrics.builder().inProgress(true).register(registry);
    HttpMetrics.setDefault(metrics);
    Route route = Route.of("GET", "/books");

    route.callFinished(System.nanoTime(), 200);
    Companion.recordRequest(route, "GET", System.nanoTime(), 200);
    Companion.recordRequest(metrics, route, "GET", System.nanoTime(), 200);
    Companion.recordUntemplated(metrics, "GET", "/nowhere", 404, System.nanoTime());
    route.requestStarted(Recorder.of(metrics), "GET", "http");

    assertEquals(Map.of(), Scrape.of(registry).series("http_request_duration_seconds_count"));
    assertEquals(Map.of(Map.of(), 0.0), Scrape.of(registry).series("http_requests_inprogress"));
  }
}
