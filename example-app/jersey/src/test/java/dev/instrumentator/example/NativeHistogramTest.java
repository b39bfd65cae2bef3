package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.PrometheusServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With native histograms on, the example app serves the protobuf format to a Prometheus server
 * started with {@code --enable-feature=native-histograms}, which then answers {@code
 * histogram_quantile} over the native histogram: for a route that takes 200 ms, close to 200 ms
 * rather than somewhere in a classic bucket.
 */
@Tag("prometheus")
class NativeHistogramTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  /** A native histogram is one series: its count is a function of it, not a series of its own. */
  private static final String COUNTED = "sum(histogram_count(http_request_duration_seconds))";
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer app;
  private static PrometheusServer prometheus;

  @BeforeAll
  static void start() throws Exception {
    Metrics.reset(registry, HttpMetrics.builder().nativeHistograms(true));
    app = JerseyServer.start(BookstoreApp.application(Bookstore.withSampleBooks()));
    prometheus = PrometheusServer.start(app.hostAndPort(), true);
  }

  @AfterAll
  static void stop() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
    app.close();
  }

  @Test
  void prometheusComputesQuantilesFromTheNativeHistogram() {
    String similar = Traffic.BOOK + "/similar"; // answers after 200 ms
    assertEquals(200, app.get(similar).statusCode());
    app.scrapeAfter(1);
    prometheus.awaitCounted(COUNTED, 1, PATIENCE);
    for (int i = 0; i < 5; i++) {
      assertEquals(200, app.get(similar).statusCode());
    }
    app.scrapeAfter(6);
    prometheus.awaitCounted(COUNTED, 6, PATIENCE);

    double p90 =
        prometheus.awaitQuantile(
            "histogram_quantile(0.9, sum by (handler) (rate(http_request_duration_seconds[1m])))",
            "/books/{isbn}/similar",
            PATIENCE);
    assertTrue(p90 >= 0.19 && p90 < 0.3, "p90 of a 200 ms route: " + p90);
  }
}
