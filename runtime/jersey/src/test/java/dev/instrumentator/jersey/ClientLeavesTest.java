package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.faults.TrafficResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.runtime.testing.Wire;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that leaves is counted once, when the server learns it, with the status the
 * application answered (docs/design.md, "A client that leaves"): Jersey learns only when it writes,
 * so a handler that was still running counts its own status and its whole time, and a stream cut
 * off counts the status it had sent. Each case prints its figure for the table in the docs.
 */
class ClientLeavesTest {
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String SUM = "http_request_duration_seconds_sum";
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        JerseyServer.start(
            new ResourceConfig()
                .register(TrafficResource.class)
                .register(
                    new InstrumentatorFeature(
                        HttpMetrics.builder().groupStatusCodes(false).inProgress(true).register(registry)))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Scrape scrape() {
    return Scrape.of(registry);
  }

  private static Map<Map<String, String>, Double> counts() {
    return scrape().series(COUNT);
  }

  @Test
  void aClientThatLeavesWhileItsHandlerRunsCountsTheHandlersStatusAndWholeTime() {
    Map<String, String> series = labels("method", "GET", "handler", "/traffic/slow", "status", "200");
    Map<Map<String, String>, Double> before = counts();

    Wire.onPort(server.uri("/").getPort()).leaveAfter("GET", "/traffic/slow?millis=600", 100);

    assertEquals(Map.of(series, 1.0), Scrape.countsAdded(ClientLeavesTest::scrape, before, 1));
    double seconds = scrape().value(SUM, series);
    assertTrue(seconds >= 0.6, "timed " + seconds + " s");
    System.out.println("Jersey, a client gone before the answer: 200, timed " + seconds + " s");
  }

  @Test
  void aClientThatLeavesMidStreamCountsTheStatusSent() {
    Map<String, String> series =
        labels("method", "GET", "handler", "/traffic/stream", "status", "200");
    Map<Map<String, String>, Double> before = counts();

    Wire.onPort(server.uri("/").getPort()).abandon("GET", "/traffic/stream?millis=50", 20);

    assertEquals(Map.of(series, 1.0), Scrape.countsAdded(ClientLeavesTest::scrape, before, 1));
    System.out.println("Jersey, a client gone mid-stream: 200");
  }
}
