package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.spring.inprogress.GateApplication;
import dev.instrumentator.spring.inprogress.GateController;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code instrumentator.in-progress}: the gauge is up while requests wait at a gate, synchronous
 * and asynchronous ({@code DeferredResult}, counted once though Spring dispatches it twice), per
 * method and handler; back to 0 once every one has been answered.
 */
class InProgressTest {
  private static final String GAUGE = "http_requests_inprogress";

  @Test
  void requestsAreInProgressUntilAnsweredAndTheGaugeReturnsToZero() throws Exception {
    try (App app =
        App.start(
            GateApplication.class,
            "instrumentator.in-progress=true",
            "instrumentator.in-progress-labels=true")) {
      assertAllInProgressUntilAnswered(app.http());
    }
  }

  /**
   * An application's own {@link HttpMetrics} bean that keeps the gauge has it counted, with no
   * property: the interceptor that counts it follows the metrics, not the property.
   */
  @Test
  void theGaugeOfAnApplicationsOwnMetricsCountsToo() throws Exception {
    try (App app = App.start(List.of(GateApplication.class, OwnMetrics.class))) {
      assertAllInProgressUntilAnswered(app.http());
    }
  }

  /**
   * Sends two synchronous and two deferred requests that wait at the gate, then opens it. A thread
   * per caller, not the common pool: there the deferred handlers wait at the gate (a semaphore,
   * for which the pool adds no thread) and, on a 2-core machine, can hold its one worker, so that
   * a caller queued behind them is never sent. A CI run on JDK 25 once saw one of the four
   * requests still not in progress after 10 s.
   */
  private static void assertAllInProgressUntilAnswered(Http http) throws Exception {
    List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 2; i++) {
        waiting.add(CompletableFuture.supplyAsync(() -> http.get("/gate"), callers));
        waiting.add(CompletableFuture.supplyAsync(() -> http.get("/gate/deferred"), callers));
      }
      assertAllInProgressUntilAnswered(http, waiting);
    } finally {
      callers.shutdownNow();
    }
  }

  /** Metrics of the application's own, with the gauge by method and handler. */
  @Configuration(proxyBeanMethods = false)
  static class OwnMetrics {
    @Bean
    HttpMetrics ownMetrics(PrometheusRegistry registry) {
      return HttpMetrics.builder().inProgress(true).inProgressLabels(true).register(registry);
    }
  }

  private static void assertAllInProgressUntilAnswered(
      Http http, List<CompletableFuture<HttpResponse<String>>> waiting) throws Exception {
    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/gate"), 2.0,
            labels("method", "GET", "handler", "/gate/deferred"), 2.0),
        awaitGauge(http, 4.0));

    GateController.GATE.release(4);
    for (CompletableFuture<HttpResponse<String>> response : waiting) {
      assertEquals(200, response.join().statusCode());
    }
    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/gate"), 0.0,
            labels("method", "GET", "handler", "/gate/deferred"), 0.0),
        awaitGauge(http, 0.0));
    assertEquals(4.0, http.scrapeAfter(4).counted());
  }

  /** The gauge's series once they add up to {@code total} (at most 10 s), or as they are then. */
  private static Map<Map<String, String>, Double> awaitGauge(Http http, double total)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<Map<String, String>, Double> series = http.scrape().series(GAUGE);
    while (series.values().stream().mapToDouble(Double::doubleValue).sum() != total
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
      series = http.scrape().series(GAUGE);
    }
    return series;
  }
}
