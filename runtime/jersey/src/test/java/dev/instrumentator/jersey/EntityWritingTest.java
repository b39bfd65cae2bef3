package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.bodies.BodiesResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * A request is recorded as soon as its entity has been written, while its tracing span is still
 * open (ExemplarsIT in example-app/jersey shows why), and still exactly once, with the status the
 * client received, where its entity is not written in one go: a write that fails, so that Jersey
 * answers 500 instead, a {@code ChunkedOutput}, written chunk by chunk on another thread, and a
 * {@code HEAD} request, whose entity is not written at all.
 */
class EntityWritingTest {

  @Test
  void everyRequestCountsOnceWithTheStatusTheClientReceived() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    ResourceConfig application =
        new ResourceConfig()
            .register(BodiesResource.class)
            .register(
                new InstrumentatorFeature(
                    HttpMetrics.builder().groupStatusCodes(false).register(registry)))
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    try (JerseyServer server = JerseyServer.start(application)) {
      assertEquals(500, server.get("/bodies/failing").statusCode());
      assertEquals("first\nsecond\n", server.get("/bodies/chunks").body());
      assertEquals(204, server.delete("/bodies").statusCode());
      assertEquals(200, server.get("/bodies/large").statusCode());
      assertEquals(200, server.request("HEAD", "/bodies/large").statusCode());

      assertEquals(
          Map.of(
              labels("method", "GET", "handler", "/bodies/failing", "status", "500"), 1.0,
              labels("method", "GET", "handler", "/bodies/chunks", "status", "200"), 1.0,
              labels("method", "DELETE", "handler", "/bodies", "status", "204"), 1.0,
              labels("method", "GET", "handler", "/bodies/large", "status", "200"), 1.0,
              labels("method", "HEAD", "handler", "/bodies/large", "status", "200"), 1.0),
          Scrape.awaitCounted(() -> Scrape.of(registry), 5)
              .series("http_request_duration_seconds_count"));
    }
  }
}
