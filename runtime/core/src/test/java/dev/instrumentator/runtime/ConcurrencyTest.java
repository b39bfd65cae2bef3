package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads recording at once lose no request, including on each status's first use. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int REQUESTS_PER_THREAD = 20_000;
  private static final String COUNT = "http_request_duration_seconds_count";

  @Test
  void everyRequestIsCountedExactly() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics metrics = HttpMetrics.builder().groupStatusCodes(false).register(registry);
    HttpMetrics.setDefault(metrics);
    Route get = Route.of("GET", "/books/{isbn}");
    Route post = Route.of("POST", "/books");
    // Every thread goes through the same statuses, so their first uses race.
    int[] statuses = {200, 201, 204, 400, 404, 409, 500, 503};

    runAtOnce(
        thread -> {
          for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            int status = statuses[i % statuses.length];
            (i % 2 == 0 ? get : post).callFinished(System.nanoTime(), status);
            if (i % 100 == 0) {
              Companion.recordUntemplated(metrics, "GET", "/nope", 404, System.nanoTime());
            }
          }
        });

    Map<Map<String, String>, Double> expected = new HashMap<>();
    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
      String method = i % 2 == 0 ? "GET" : "POST";
      String handler = i % 2 == 0 ? "/books/{isbn}" : "/books";
      String status = Integer.toString(statuses[i % statuses.length]);
      expected.merge(labels("method", method, "handler", handler, "status", status), (double) THREADS, Double::sum);
    }
    expected.put(
        labels("method", "GET", "handler", "none", "status", "404"),
        (double) THREADS * REQUESTS_PER_THREAD / 100);
    assertEquals(expected, Scrape.of(registry).series(COUNT));
  }

  private interface Work {
    void run(int thread) throws Exception;
  }

  private static void runAtOnce(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  work.run(thread);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
