package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Listeners see every recorded request, as it was recorded, and nothing that was not; what one
 * throws never reaches a request.
 */
class RequestListenerTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final List<String> heard = new ArrayList<>();

  private record Heard(String method, String handler, int status, double seconds) {}

  @Test
  void everyRecordedRequestIsHeardWithItsExactStatus() {
    List<Heard> requests = new ArrayList<>();
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners((method, handler, status, seconds, in, out) -> requests.add(new Heard(method, handler, status, seconds)))
            .build();
    Route books = Route.of("GET", "/books");

    books.recordRequest(metrics, "GET", System.nanoTime() - 2_000_000, 201);
    books.recordRequest(metrics, "HEAD", System.nanoTime(), 404);
    Route.of("GET", "/metrics").recordRequest(metrics, "GET", System.nanoTime(), 200); // excluded
    metrics.recordUntemplated("BREW", "/pot", 418, System.nanoTime());

    assertEquals(3, requests.size(), requests.toString());
    assertEquals(List.of("GET /books 201", "HEAD /books 404", "_OTHER none 418"),
        requests.stream().map(h -> h.method() + " " + h.handler() + " " + h.status()).toList());
    assertTrue(requests.get(0).seconds() >= 0.002, "the duration recorded: " + requests.get(0));
    assertEquals(
        Scrape.of(registry).value(
            "http_request_duration_seconds_sum",
            Scrape.labels("method", "GET", "handler", "/books", "status", "2xx")),
        requests.get(0).seconds(),
        "the same duration the histogram observed");
  }

  @Test
  void severalListenersAreCalledInTheirOrder() {
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners((m, h, s, d, in, out) -> heard.add("first " + h), (m, h, s, d, in, out) -> heard.add("second " + h))
            .build();

    Route.of("GET", "/books").recordRequest(metrics, "GET", System.nanoTime(), 200);

    assertEquals(List.of("first /books", "second /books"), heard);
  }

  /** A listener that throws is a failure of the metrics: logged once, the request untouched. */
  @Test
  void aListenerThatThrowsIsLoggedOnceAndTheHistogramStillCounts() {
    IllegalStateException bug = new IllegalStateException("a bug in the listener");
    HttpMetrics metrics =
        HttpMetrics.builder().registry(registry).listeners((m, h, s, d, in, out) -> { throw bug; }).build();
    Route route = Route.of("GET", "/books");

    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      route.recordRequest(metrics, "GET", System.nanoTime(), 200);
      route.recordRequest(metrics, "GET", System.nanoTime(), 200);

      assertEquals(1, log.records().size(), "log lines: " + log.records());
      assertEquals(bug, log.records().get(0).getThrown());
    }
    assertEquals(
        Map.of(Scrape.labels("method", "GET", "handler", "/books", "status", "2xx"), 2.0),
        Scrape.of(registry).series("http_request_duration_seconds_count"));
  }

  @Test
  void aNullListenerIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpMetrics.builder().listeners((m, h, s, d, in, out) -> {}, null));
    assertEquals("listener null is not a RequestListener", refused.getMessage());
  }
}
