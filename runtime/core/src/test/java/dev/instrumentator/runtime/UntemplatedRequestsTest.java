package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HttpMetrics#recordUntemplated}: requests that matched no route. */
class UntemplatedRequestsTest {
  private static final String COUNT = "http_request_duration_seconds_count";

  private final PrometheusRegistry registry = new PrometheusRegistry();

  @Test
  void groupedUnderNoneByDefault() {
    HttpMetrics metrics = build(HttpMetrics.builder());

    Companion.recordUntemplated(metrics, "GET", "/nope", 404, System.nanoTime());
    Companion.recordUntemplated(metrics, "GET", "/other", 404, System.nanoTime());
    Companion.recordUntemplated(metrics, "POST", "/books/1", 405, System.nanoTime());

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "none", "status", "4xx"), 2.0,
            labels("method", "POST", "handler", "none", "status", "4xx"), 1.0),
        Scrape.of(registry).series(COUNT));
  }

  @Test
  void ignoredWhenAskedTo() {
    HttpMetrics metrics = build(HttpMetrics.builder().ignoreUntemplated(true));

    Companion.recordUntemplated(metrics, "GET", "/nope", 404, System.nanoTime());

    assertEquals(Map.of(), Scrape.of(registry).series(COUNT));
  }

  @Test
  void rawPathsWhenNotGroupedUpToTheLimit() {
    HttpMetrics metrics =
        build(HttpMetrics.builder().groupUntemplated(false).untemplatedPathLimit(2));

    Companion.recordUntemplated(metrics, "GET", "/a", 404, System.nanoTime());
    Companion.recordUntemplated(metrics, "GET", "/b", 404, System.nanoTime());
    Companion.recordUntemplated(metrics, "GET", "/c", 404, System.nanoTime()); // past the limit
    Companion.recordUntemplated(metrics, "GET", "/a", 404, System.nanoTime()); // admitted before

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/a", "status", "4xx"), 2.0,
            labels("method", "GET", "handler", "/b", "status", "4xx"), 1.0,
            labels("method", "GET", "handler", "none", "status", "4xx"), 1.0),
        Scrape.of(registry).series(COUNT));
  }

  @Test
  void theDefaultLimitIsOneHundredPaths() {
    HttpMetrics metrics = build(HttpMetrics.builder().groupUntemplated(false));

    for (int i = 0; i < 150; i++) {
      Companion.recordUntemplated(metrics, "GET", "/scan/" + i, 404, System.nanoTime());
    }

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(101, series.size());
    assertEquals(50.0, series.get(labels("method", "GET", "handler", "none", "status", "4xx")));
  }

  @Test
  void excludedHandlersApplyToRawPaths() {
    HttpMetrics metrics = build(HttpMetrics.builder().groupUntemplated(false));

    Companion.recordUntemplated(metrics, "GET", "/metrics", 404, System.nanoTime());

    assertEquals(Map.of(), Scrape.of(registry).series(COUNT));
  }

  @Test
  void methodsOutsideTheStandardOnesCountAsOther() {
    HttpMetrics metrics = build(HttpMetrics.builder().groupStatusCodes(false));

    for (String method :
        new String[] {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"}) {
      Companion.recordUntemplated(metrics, method, "/x", 405, System.nanoTime());
    }
    Companion.recordUntemplated(metrics, "PROPFIND", "/x", 405, System.nanoTime());
    Companion.recordUntemplated(metrics, "get", "/x", 405, System.nanoTime());
    Companion.recordUntemplated(metrics, "X".repeat(10_000), "/x", 405, System.nanoTime());

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(10, series.size());
    assertEquals(3.0, series.get(labels("method", "_OTHER", "handler", "none", "status", "405")));
  }

  @Test
  void aRequestWithoutMethodOrPathIsStillCounted() {
    HttpMetrics metrics = build(HttpMetrics.builder());

    Companion.recordUntemplated(metrics, null, null, 400, System.nanoTime());

    assertEquals(
        Map.of(labels("method", "_OTHER", "handler", "none", "status", "4xx"), 1.0),
        Scrape.of(registry).series(COUNT));
  }

  private HttpMetrics build(HttpMetrics.Builder builder) {
    return builder.register(registry);
  }

  @Test
  void aRawPathCountsUnderItselfFromItsFirstRequest() {
    HttpMetrics metrics = build(HttpMetrics.builder().groupUntemplated(false));

    Companion.recordUntemplated(metrics, "GET", "/first", 404, System.nanoTime());

    assertEquals(
        Map.of(labels("method", "GET", "handler", "/first", "status", "4xx"), 1.0),
        Scrape.of(registry).series(COUNT));
  }

  @Test
  void aRequestWithNoRawPathCountsUnderNone() {
    HttpMetrics metrics = build(HttpMetrics.builder().groupUntemplated(false));

    Companion.recordUntemplated(metrics, "GET", null, 400, System.nanoTime());

    assertEquals(
        Map.of(labels("method", "GET", "handler", "none", "status", "4xx"), 1.0),
        Scrape.of(registry).series(COUNT));
  }

  @Test
  void aLimitOfZeroKeepsNoRawPath() {
    HttpMetrics metrics =
        build(HttpMetrics.builder().groupUntemplated(false).untemplatedPathLimit(0));

    Companion.recordUntemplated(metrics, "GET", "/a", 404, System.nanoTime());

    assertEquals(
        Map.of(labels("method", "GET", "handler", "none", "status", "4xx"), 1.0),
        Scrape.of(registry).series(COUNT));
  }

  @Test
  void theDurationRunsFromTheRequestsArrival() {
    HttpMetrics metrics = build(HttpMetrics.builder());

    Companion.recordUntemplated(metrics, "GET", "/nope", 404, System.nanoTime() - 1_500_000_000L);

    double seconds =
        Scrape.of(registry)
            .value(
                "http_request_duration_seconds_sum",
                labels("method", "GET", "handler", "none", "status", "4xx"));
    assertEquals(1.5, seconds, 0.5);
  }
}
