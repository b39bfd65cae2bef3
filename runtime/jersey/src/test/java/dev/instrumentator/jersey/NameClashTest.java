package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.testing.LogCapture;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import java.net.http.HttpResponse;
import java.util.logging.LogRecord;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * An application whose default registry already has a metric named {@code
 * http_request_duration_seconds}, from a collector that did not declare the name (a custom
 * {@code Collector}, the simpleclient bridge), and that uses the default metrics: the default
 * metrics are refused with one message that names the other metric and the options that rename
 * ours; requests are served as ever, and {@code /metrics} keeps serving the application's own
 * metrics (it answered 500 to every scrape before). In a JVM of its own (surefire execution
 * {@code fresh-jvm}), where nothing set the default metrics.
 */
class NameClashTest {

  @Test
  void theDefaultMetricsAreRefusedAndTheScrapeKeepsWorking() throws Exception {
    PrometheusRegistry.defaultRegistry.register(
        () ->
            GaugeSnapshot.builder()
                .name("http_request_duration_seconds")
                .help("The application's own")
                .dataPoint(GaugeDataPointSnapshot.builder().value(42).build())
                .build());
    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics");
        JerseyServer server =
            JerseyServer.start(
                new ResourceConfig()
                    .register(GreetingResource.class)
                    .register(new MetricsEndpoint())
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true))) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> greeting = server.get("/greetings/ada");
        assertEquals(200, greeting.statusCode());
        assertEquals("hello ada\n", greeting.body());
      }

      HttpResponse<String> scrape = server.get("/metrics");
      assertEquals(200, scrape.statusCode(), scrape.body());
      assertTrue(
          scrape.body().contains("http_request_duration_seconds 42.0"), scrape.body());
      assertEquals(1, log.records().size(), "one message: " + log.records());
      LogRecord refused = log.records().get(0);
      assertEquals(
          "cannot register the metric 'http_request_duration_seconds': the registry already has a"
              + " gauge of that name (\"The application's own\"), which is not instrumentator's,"
              + " and a scrape of both would fail or mix them. Rename instrumentator's with"
              + " metricName, namespace or subsystem (Spring Boot: instrumentator.metric-name,"
              + " instrumentator.namespace or instrumentator.subsystem), or rename the other.",
          refused.getThrown().getMessage());
    }
  }
}
