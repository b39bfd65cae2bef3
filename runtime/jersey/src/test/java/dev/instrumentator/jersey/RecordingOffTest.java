package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * An application started with {@code -Dinstrumentator.enabled=false} serves every request as
 * usual, through the decorators (package scanning finds originals and decorators both, which
 * only the companion can tell apart), records nothing, and says so at start-up.
 *
 * <p>Runs in a JVM of its own with that property (the {@code recording-off} execution of the
 * build): the switch is read once per process.
 */
class RecordingOffTest {

  @Test
  void requestsAreServedAndNothingIsRecorded() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
    ResourceConfig application =
        new ResourceConfig()
            .packages(false, GreetingResource.class.getPackageName())
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);

    List<String> logged;
    try (LogCapture log = LogCapture.of(InstrumentatorFeature.class.getName());
        JerseyServer server = JerseyServer.start(application)) {
      logged = log.records().stream().map(RecordingOffTest::format).toList();
      HttpResponse<String> greeting = server.get("/greetings/ada");
      HttpResponse<String> missing = server.get("/nowhere");

      assertEquals(200, greeting.statusCode());
      assertEquals("hello ada\n", greeting.body());
      assertEquals(404, missing.statusCode());
    }

    assertEquals(
        List.of(
            "instrumentator records nothing (instrumentator.enabled or INSTRUMENTATOR_ENABLED is"
                + " false): it serves 1 routes of 1 @Instrumented resources through their"
                + " decorators, untimed"),
        logged);
    assertEquals(Map.of(), Scrape.of(registry).series("http_request_duration_seconds_count"));
  }

  private static String format(LogRecord record) {
    return MessageFormat.format(record.getMessage(), record.getParameters());
  }
}
