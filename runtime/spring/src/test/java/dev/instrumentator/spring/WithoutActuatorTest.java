package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.LogEvents;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without actuator's Prometheus registry, the histogram goes into the default registry, which
 * {@code instrumentator.metrics-endpoint.enabled=true} serves at {@code /metrics}; a second
 * context that finds it taken says so and keeps a registry of its own, and a context that stops
 * gives the default registry back.
 */
class WithoutActuatorTest {
  private static final String[] NO_ACTUATOR_REGISTRY = {
    "management.prometheus.metrics.export.enabled=false",
    "instrumentator.metrics-endpoint.enabled=true"
  };

  @Test
  void theDefaultRegistryServedAtMetricsAndNeverSharedByTwoContexts() {
    int mark = LogEvents.mark();
    App first = App.start(TestApplication.class, NO_ACTUATOR_REGISTRY);
    PrometheusRegistry firstRegistry;
    try (App second = App.start(TestApplication.class, NO_ACTUATOR_REGISTRY)) {
      firstRegistry = first.context().getBean(HttpMetrics.class).registry();
      assertSame(PrometheusRegistry.defaultRegistry, firstRegistry);
      assertNotSame(firstRegistry, second.context().getBean(HttpMetrics.class).registry());
      assertTrue(
          LogEvents.since(mark).stream()
              .anyMatch(
                  line ->
                      line.startsWith("WARN instrumentator: the default Prometheus registry already"
                          + " has the request-duration histogram")),
          LogEvents.since(mark).toString());

      Http one = first.http().metricsAt("/metrics");
      Http two = second.http().metricsAt("/metrics");
      Map<Map<String, String>, Double> oneBefore = one.counts();
      Map<Map<String, String>, Double> twoBefore = two.counts();
      one.get("/status/one");
      two.get("/status/items/4");
      two.get("/status/items/5");

      assertEquals(
          Map.of(labels("method", "GET", "handler", "/status/one", "status", "2xx"), 1.0),
          one.countsAdded(oneBefore, 1));
      assertEquals(
          Map.of(labels("method", "GET", "handler", "/status/items/{id}", "status", "2xx"), 2.0),
          two.countsAdded(twoBefore, 2));
    } finally {
      first.close();
    }

    try (App third = App.start(TestApplication.class, NO_ACTUATOR_REGISTRY)) {
      assertSame(
          PrometheusRegistry.defaultRegistry, third.context().getBean(HttpMetrics.class).registry());
    }
  }

  @Test
  void theStartupLineSaysHowToServeTheDefaultRegistry() {
    int mark = LogEvents.mark();
    try (App app =
        App.start(TestApplication.class, "management.prometheus.metrics.export.enabled=false")) {
      List<String> logged = LogEvents.since(mark);
      assertTrue(
          logged.contains(
              "INFO instrumentator times 34 handler methods of 7 @Instrumented controllers (Spring"
                  + " MVC, which Spring Boot chose over Spring WebFlux, also on the class path), into"
                  + " the default Prometheus registry; serve it by adding"
                  + " spring-boot-starter-actuator and micrometer-registry-prometheus"
                  + " (/actuator/prometheus), or by setting"
                  + " instrumentator.metrics-endpoint.enabled=true (/metrics)"),
          logged.toString());
      assertEquals(404, app.http().get("/metrics").statusCode());
    }
  }
}
