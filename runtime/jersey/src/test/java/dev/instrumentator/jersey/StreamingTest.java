package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.bodies.BodiesResource;
import dev.instrumentator.jersey.bodies.SlowBody;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * {@code excludeStreamingDuration}: the same streamed body, written 600 ms after its handler
 * returned, served by two applications, one with the option and one without. Only the one without
 * times the writing; both record the request once, with its status, when it ends.
 */
class StreamingTest {
  private static final long WRITING_MILLIS = 600;
  private static final Map<String, String> STREAM =
      labels("method", "GET", "handler", "/bodies/stream", "status", "2xx");
  private static final Map<String, String> SLOW =
      labels("method", "GET", "handler", "/bodies/slow", "status", "2xx");

  @Test
  void theWritingOfAStreamedBodyIsTimedOnlyWithoutTheOption() throws Exception {
    double excluded = secondsRecorded(true);
    double included = secondsRecorded(false);

    assertTrue(included >= WRITING_MILLIS / 1e3, "without the option, the writing is timed: " + included);
    assertTrue(
        excluded < included - WRITING_MILLIS / 2e3,
        "with it, it is not: " + excluded + " s against " + included + " s");
  }

  /** The seconds recorded for one streamed request; a slowly written entity is timed whole. */
  private static double secondsRecorded(boolean excludeStreamingDuration) throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    ResourceConfig application =
        new ResourceConfig()
            .register(BodiesResource.class)
            .register(SlowBody.Writer.class)
            .register(
                new InstrumentatorFeature(
                    HttpMetrics.builder()
                        .excludeStreamingDuration(excludeStreamingDuration)
                        .register(registry)))
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    try (JerseyServer server = JerseyServer.start(application)) {
      assertEquals(100, server.get("/bodies/stream?millis=" + WRITING_MILLIS).body().length());
      assertEquals("slow", server.get("/bodies/slow?millis=" + WRITING_MILLIS).body());
      Scrape scrape = Scrape.awaitCounted(() -> Scrape.of(registry), 2);
      assertEquals(1.0, scrape.value("http_request_duration_seconds_count", STREAM));
      assertTrue(
          scrape.value("http_request_duration_seconds_sum", SLOW) >= WRITING_MILLIS / 1e3,
          "an entity that is not streamed is timed until written, with the option or without");
      return scrape.value("http_request_duration_seconds_sum", STREAM);
    }
  }
}
