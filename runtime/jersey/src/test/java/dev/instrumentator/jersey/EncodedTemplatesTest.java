package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.encoded.CityResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handler label is the template as the code declares it, read from the templates Jersey
 * matched, whether the method ran or the request was refused before it. Jersey keeps its
 * templates URI-encoded.
 */
class EncodedTemplatesTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
    server =
        JerseyServer.start(
            new ResourceConfig()
                .register(RolesAllowedDynamicFeature.class)
                .register(CityResource.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aTemplateWithCharactersAUriEncodesKeepsThemInItsLabel() {
    assertEquals(200, server.get("/st%C3%A4dte/k%C3%B6ln/sehensw%C3%BCrdigkeiten").statusCode());
    assertEquals(403, server.get("/st%C3%A4dte/geschlossen%20und%20verriegelt").statusCode());

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/städte/{name}/sehenswürdigkeiten", "status", "2xx"),
            1.0,
            labels("method", "GET", "handler", "/städte/geschlossen und verriegelt", "status", "4xx"),
            1.0),
        Scrape.awaitCounted(() -> Scrape.of(registry), 2)
            .series("http_request_duration_seconds_count"));
  }
}
