package dev.instrumentator.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/** Each {@link HttpMetrics} has one recorder, which only {@code HttpMetrics} gives. */
class RecorderTest {

  @Test
  void theRecorderOfMetricsRecordsIntoThem() {
    HttpMetrics metrics = HttpMetrics.builder().register(new PrometheusRegistry());

    assertSame(metrics, Recorder.of(metrics).metrics());
    assertSame(Recorder.of(metrics), Recorder.of(metrics));
  }

  /** Nobody else can change how the recorder of an {@code HttpMetrics} is found. */
  @Test
  void theWayToRecordersIsGivenOnce() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> Recorder.recordersOf(metrics -> null));

    assertEquals("the recorders of HttpMetrics are already known", refused.getMessage());
  }

  /** {@code register()}: the default registry, which the metrics then leave. */
  @Test
  void registerWithoutARegistryUsesTheDefaultOne() {
    HttpMetrics metrics = HttpMetrics.builder().namespace("recorder_test").register();
    try {
      assertSame(PrometheusRegistry.defaultRegistry, metrics.registry());
      assertEquals(
          1,
          PrometheusRegistry.defaultRegistry
              .scrape(name -> name.equals("recorder_test_http_request_duration_seconds"))
              .size());
    } finally {
      metrics.unregister();
    }
  }
}
