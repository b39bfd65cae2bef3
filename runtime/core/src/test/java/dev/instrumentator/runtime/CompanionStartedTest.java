package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.TimedRequest;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Once a framework companion has started, decorators record nothing of their own: the companion
 * counts requests, each under the route the framework dispatched it to, and a call of a decorated
 * method that no request made (from a filter, another thread, a scheduled job) is no request. In a
 * JVM of its own (surefire execution {@code fresh-jvm}): the other tests need decorators that
 * record.
 */
class CompanionStartedTest {

  @Test
  void afterACompanionStartedADecoratorsCallsAreNotRecorded() {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
    Route route = Route.of("GET", "/books");

    route.callFinished(System.nanoTime(), 200);
    assertFalse(TimedRequest.isCompanionStarted());
    TimedRequest.companionStarted();
    route.callFinished(System.nanoTime(), 200);
    route.callFinished(System.nanoTime(), 500);

    assertTrue(TimedRequest.isCompanionStarted());
    assertEquals(
        Map.of(Scrape.labels("method", "GET", "handler", "/books", "status", "2xx"), 1.0),
        Scrape.of(registry).series("http_request_duration_seconds_count"));
  }
}
