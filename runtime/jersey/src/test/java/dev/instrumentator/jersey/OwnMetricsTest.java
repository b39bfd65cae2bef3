package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Jersey applications in one JVM, each with metrics of its own (registry and options), as
 * FastAPI's several apps each with their own registry: each counts its own requests once, serves
 * them at its own endpoint, and neither touches the process-wide default.
 */
class OwnMetricsTest {
  private static final PrometheusRegistry defaults = new PrometheusRegistry();
  private static final PrometheusRegistry shop = new PrometheusRegistry();
  private static final PrometheusRegistry admin = new PrometheusRegistry();
  private static JerseyServer shopServer;
  private static JerseyServer adminServer;

  @BeforeAll
  static void start() throws Exception {
    HttpMetrics.setDefault(HttpMetrics.builder().register(defaults));
    shopServer = JerseyServer.start(application(HttpMetrics.builder().register(shop)));
    adminServer =
        JerseyServer.start(
            application(HttpMetrics.builder().groupStatusCodes(false).register(admin)));
  }

  @AfterAll
  static void stop() {
    shopServer.close();
    adminServer.close();
  }

  private static ResourceConfig application(HttpMetrics metrics) {
    return new ResourceConfig()
        .register(GreetingResource.class)
        .register(new InstrumentatorFeature(metrics))
        .register(new MetricsEndpoint().registry(metrics.registry()))
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  @Test
  void eachApplicationCountsItsOwnRequestsOnceIntoItsOwnMetrics() {
    shopServer.get("/greetings/ada");
    shopServer.get("/greetings/alan");
    shopServer.get("/nowhere");
    adminServer.get("/greetings/grace");

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/greetings/{name}", "status", "2xx"), 2.0,
            labels("method", "GET", "handler", "none", "status", "4xx"), 1.0),
        Scrape.awaitCounted(() -> Scrape.parse(shopServer.get("/metrics").body()), 3)
            .series("http_request_duration_seconds_count"));
    assertEquals(
        Map.of(labels("method", "GET", "handler", "/greetings/{name}", "status", "200"), 1.0),
        Scrape.awaitCounted(() -> Scrape.parse(adminServer.get("/metrics").body()), 1)
            .series("http_request_duration_seconds_count"));
    assertEquals(Map.of(), Scrape.of(defaults).series("http_request_duration_seconds_count"));
  }
}
