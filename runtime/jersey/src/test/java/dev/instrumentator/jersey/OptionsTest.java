package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * The FastAPI family's options through a Jersey server: a namespace, a constant label on every
 * series, {@code http_requests_total} beside the histogram, and a listener hearing each request.
 */
class OptionsTest {

  @Test
  void namespaceConstantLabelsTheRequestCounterAndAListener() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.setDefault(
        HttpMetrics.builder()
            .namespace("shop")
            .constantLabels(Map.of("service", "greetings"))
            .requestsTotal(true)
            .listeners(
                request ->
                    heard.add(request.method() + " " + request.handler() + " " + request.status()))
            .register(registry));
    ResourceConfig application =
        new ResourceConfig()
            .register(GreetingResource.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);

    Scrape scrape;
    try (JerseyServer server = JerseyServer.start(application)) {
      server.get("/greetings/ada");
      server.get("/greetings/ada");
      server.get("/nowhere");
      scrape = Scrape.awaitCounted(() -> Scrape.of(registry), 3);
    }

    Map<Map<String, String>, Double> counts =
        Map.of(
            labels("method", "GET", "handler", "/greetings/{name}", "status", "2xx", "service", "greetings"), 2.0,
            labels("method", "GET", "handler", "none", "status", "4xx", "service", "greetings"), 1.0);
    assertEquals(counts, scrape.series("shop_http_request_duration_seconds_count"));
    assertEquals(counts, scrape.series("shop_http_requests_total"));
    Await.size(heard, 3);
    assertEquals(List.of("GET /greetings/{name} 200", "GET /greetings/{name} 200", "GET none 404"), heard);
  }
}
