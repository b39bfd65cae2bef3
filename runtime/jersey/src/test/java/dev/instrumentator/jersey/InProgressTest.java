package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.inprogress.GateResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-progress gauge through a Jersey server: up while requests wait at a gate, synchronous
 * and asynchronous, per method and handler; back to 0 once every one has been answered.
 */
class InProgressTest {
  private static final String GAUGE = "http_requests_inprogress";
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        JerseyServer.start(
            new ResourceConfig()
                .register(GateResource.class)
                .register(
                    new InstrumentatorFeature(
                        HttpMetrics.builder()
                            .inProgress(true)
                            .inProgressLabels(true)
                            .register(registry)))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void requestsAreInProgressUntilAnsweredAndTheGaugeReturnsToZero() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
    for (int i = 0; i < 2; i++) { // fewer than the server's worker threads
      waiting.add(send("/gate"));
    }
    for (int i = 0; i < 2; i++) {
      waiting.add(send("/gate/async"));
    }

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/gate"), 2.0,
            labels("method", "GET", "handler", "/gate/async"), 2.0),
        awaitGauge(4.0));

    GateResource.GATE.release(4);
    for (CompletableFuture<HttpResponse<String>> response : waiting) {
      assertEquals(200, response.join().statusCode());
    }
    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/gate"), 0.0,
            labels("method", "GET", "handler", "/gate/async"), 0.0),
        awaitGauge(0.0));
    assertEquals(4.0, Scrape.of(registry).counted());
  }

  private static CompletableFuture<HttpResponse<String>> send(String path) {
    return server.client()
        .sendAsync(HttpRequest.newBuilder(server.uri(path)).build(), BodyHandlers.ofString());
  }

  /** The gauge's series once they add up to {@code total} (at most 10 s), or as they are then. */
  private static Map<Map<String, String>, Double> awaitGauge(double total) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<Map<String, String>, Double> series = Scrape.of(registry).series(GAUGE);
    while (series.values().stream().mapToDouble(Double::doubleValue).sum() != total
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
      series = Scrape.of(registry).series(GAUGE);
    }
    return series;
  }
}
