package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.scanned.GreetingResource_Instrumented;
import dev.instrumentator.jersey.scanned.locator.ShelfResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The companion takes a decorator's route only while that request's resource method runs. On one
 * worker thread, a decorator called there outside any resource method, once a request is done,
 * records its own call: it is handed to no finished request.
 */
class HandOverTest {
  private static JerseyServer server;

  private final PrometheusRegistry registry = new PrometheusRegistry();

  @BeforeAll
  static void start() throws Exception {
    server =
        JerseyServer.startWithOneWorker(
            new ResourceConfig()
                .register(GreetingResource.class)
                .register(ShelfResource.class)
                .register(CallsADecorator.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freshMetrics() {
    HttpMetrics.setDefault(HttpMetrics.builder().registry(registry).build());
  }

  @Test
  void aDecoratorCalledAfterARequestOnItsThreadRecordsItself() {
    assertEquals("hello ada\n", server.get("/greetings/ada").body());
    assertEquals("hello filter\n", server.get("/direct").body());

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/greetings/{name}", "status", "2xx"), 2.0,
            labels("method", "GET", "handler", "none", "status", "2xx"), 1.0),
        Scrape.awaitCounted(() -> Scrape.of(registry), 3)
            .series("http_request_duration_seconds_count"));
  }

  /** Through a sub-resource locator, the companion serves the sub-resource Jersey resolves. */
  @Test
  void aSubResourceIsServedThroughItsLocator() {
    assertEquals("top\n", server.get("/shelves/top").body());
  }

  /** Answers {@code /direct} before matching, with a greeting from a decorator it calls. */
  @PreMatching
  public static final class CallsADecorator implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().equals("direct")) {
        request.abortWith(
            Response.ok(new GreetingResource_Instrumented().greet("filter")).build());
      }
    }
  }
}
