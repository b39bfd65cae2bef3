package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.faults.OutcomesResource;
import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * With {@code createSeriesAtStartup}, the first scrape, before any request, already shows every
 * timed route at zero, under the template its requests will count under; start-up says how many.
 */
class SeriesAtStartupTest {
  private static final String COUNT = "http_request_duration_seconds_count";

  @Test
  void everyTimedRouteIsScrapedAtZeroBeforeItsFirstRequest() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.setDefault(
        HttpMetrics.builder()
            .createSeriesAtStartup(true)
            .excludedHandlers("/outcomes/broken")
            .register(registry));
    ResourceConfig application =
        new ResourceConfig()
            .register(GreetingResource.class)
            .register(OutcomesResource.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);

    try (LogCapture log = LogCapture.of(InstrumentatorFeature.class.getName());
        JerseyServer server = JerseyServer.start(application)) {
      assertEquals(
          List.of(
              "instrumentator times 4 routes of 2 @Instrumented resources, and created their 3"
                  + " series at zero"),
          log.records().stream().map(SeriesAtStartupTest::format).toList());
      assertEquals(
          Map.of(
              labels("method", "GET", "handler", "/greetings/{name}", "status", "2xx"), 0.0,
              labels("method", "GET", "handler", "/outcomes/ok", "status", "2xx"), 0.0,
              labels("method", "GET", "handler", "/outcomes/missing", "status", "2xx"), 0.0),
          Scrape.of(registry).series(COUNT));

      server.get("/greetings/ada");
      Scrape counted = Scrape.awaitCounted(() -> Scrape.of(registry), 1);

      assertEquals(
          Map.of(
              labels("method", "GET", "handler", "/greetings/{name}", "status", "2xx"), 1.0,
              labels("method", "GET", "handler", "/outcomes/ok", "status", "2xx"), 0.0,
              labels("method", "GET", "handler", "/outcomes/missing", "status", "2xx"), 0.0),
          counted.series(COUNT));
    }
  }

  private static String format(LogRecord record) {
    return MessageFormat.format(record.getMessage(), record.getParameters());
  }
}
