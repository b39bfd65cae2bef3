package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.bodies.BodiesResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * Default metrics set after Jersey started the application, before its first request, as
 * docs/options.md allows, are honoured whole: the options decided when the application starts
 * (sizes, series created at start-up) too. In a JVM of its own (surefire execution {@code
 * fresh-jvm}), where nothing set the default before.
 */
class LateDefaultTest {

  @Test
  void optionsOfDefaultMetricsSetBeforeTheFirstRequestAreHonoured() throws Exception {
    try (JerseyServer server =
        JerseyServer.start(
            new ResourceConfig()
                .register(BodiesResource.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true))) {
      PrometheusRegistry registry = new PrometheusRegistry();
      HttpMetrics.setDefault(
          HttpMetrics.builder().sizes(true).createSeriesAtStartup(true).register(registry));

      server.send(HttpRequest.newBuilder(server.uri("/bodies/echo")).POST(BodyPublishers.ofString("hello")));

      Scrape scrape = Scrape.awaitCounted(() -> Scrape.of(registry), 1);
      Map<String, String> echoed = labels("method", "POST", "handler", "/bodies/echo", "status", "2xx");
      assertEquals(10.0, scrape.value("http_response_size_bytes_sum", echoed)); // echoed twice
      assertEquals(5.0, scrape.value("http_request_size_bytes_sum", echoed));
      // Every route's series, the ones no request has reached included.
      assertEquals(
          0.0,
          scrape.value(
              "http_request_duration_seconds_count",
              labels("method", "GET", "handler", "/bodies/large", "status", "2xx")));
    }
  }
}
