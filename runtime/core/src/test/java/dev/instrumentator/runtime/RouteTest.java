package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.TimedRequest;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A route records a decorator's call itself when no companion is in the process, and records the
 * requests a companion times under the request's own method.
 */
class RouteTest {
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String SUM = "http_request_duration_seconds_sum";

  private final PrometheusRegistry registry = new PrometheusRegistry();

  @BeforeEach
  void freshMetrics() {
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
  }

  /**
   * A request a servlet filter times (Spring's) is open on its thread while the chain runs: a
   * companion the chain reaches (Jersey's) claims it, and it is closed again after, on that thread
   * and with the one open before restored.
   */
  @Test
  void aCompanionNestedInsideClaimsTheRequestOpenOnItsThread() {
    TimedRequest outer = new TimedRequest(System.nanoTime());
    TimedRequest inner = new TimedRequest(System.nanoTime());
    TimedRequest later = new TimedRequest(System.nanoTime());

    outer.openWindow();
    inner.openWindow();
    inner.closeWindow();
    TimedRequest.claimEnclosing();
    outer.closeWindow();
    TimedRequest.claimEnclosing(); // none open: claims nothing
    later.openWindow();
    later.closeWindow();

    assertTrue(outer.isClaimed());
    assertFalse(inner.isClaimed());
    assertFalse(later.isClaimed());
  }

  /**
   * A request closed is no longer open: a companion that arrives later claims nothing of it. On a
   * thread of its own, where no request was ever open.
   */
  @Test
  void aClosedRequestIsNotClaimed() throws InterruptedException {
    TimedRequest closed = new TimedRequest(System.nanoTime());

    Thread thread =
        new Thread(
            () -> {
              closed.openWindow();
              closed.closeWindow();
              TimedRequest.claimEnclosing();
            });
    thread.start();
    thread.join();

    assertFalse(closed.isClaimed());
  }

  /** Closing a request not open on this thread leaves the one that is. */
  @Test
  void closingARequestThatIsNotOpenChangesNothing() {
    TimedRequest open = new TimedRequest(System.nanoTime());
    TimedRequest other = new TimedRequest(System.nanoTime());

    open.openWindow();
    other.closeWindow();
    TimedRequest.claimEnclosing();
    open.closeWindow();

    assertTrue(open.isClaimed());
  }

  /** With no companion in the process, a decorator records each call itself. */
  @Test
  void withoutACompanionACallIsRecordedByItsRoute() {
    Route route = Route.of("GET", "/books");

    route.callFinished(System.nanoTime(), 200);

    assertEquals(Map.of(series("GET", "/books", "2xx"), 1.0), counts());
  }

  @Test
  void aRequestIsRecordedUnderItsOwnMethodForItsWholeDuration() {
    Route route = Route.of("GET", "/books");
    TimedRequest request = new TimedRequest(System.nanoTime() - 1_500_000_000L);

    Companion.recordRequest(route, "GET", request.startNanos(), 200);

    assertEquals(1.5, Scrape.of(registry).value(SUM, series("GET", "/books", "2xx")), 0.5);
  }

  @Test
  void requestsOfOtherMethodsCountUnderTheirsEachTime() {
    Route route = Route.of("GET", "/books");

    Companion.recordRequest(route, "HEAD", System.nanoTime(), 200);
    Companion.recordRequest(route, "OPTIONS", System.nanoTime(), 200);
    Companion.recordRequest(route, "HEAD", System.nanoTime(), 200);
    Companion.recordRequest(route, "GET", System.nanoTime(), 200);
    Companion.recordRequest(route, "BREW", System.nanoTime(), 200);

    assertEquals(
        Map.of(
            series("HEAD", "/books", "2xx"), 2.0,
            series("OPTIONS", "/books", "2xx"), 1.0,
            series("GET", "/books", "2xx"), 1.0,
            series("_OTHER", "/books", "2xx"), 1.0),
        counts());
  }

  @Test
  void requestsOfOtherMethodsFollowTheDefaultWhenItChanges() {
    Route route = Route.of("GET", "/books");
    Companion.recordRequest(route, "HEAD", System.nanoTime(), 200);

    PrometheusRegistry second = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().register(second));
    Companion.recordRequest(route, "HEAD", System.nanoTime(), 200);

    assertEquals(Map.of(series("HEAD", "/books", "2xx"), 1.0), counts());
    assertEquals(
        Map.of(series("HEAD", "/books", "2xx"), 1.0), Scrape.of(second).series(COUNT));
  }

  @Test
  void aRouteOfOneMethodAndOneTemplateIsFixedAndNoOtherIs() {
    assertTrue(Route.of("GET", "/books").isFixed());
    assertFalse(Route.of("GET", "/books", "/volumes").isFixed());
    assertFalse(Route.of("GET").isFixed());
    assertFalse(Route.of(Route.ANY_METHOD, "/books").isFixed());
  }

  /** With no companion to name the request's method and matched template, a decorator guesses. */
  @Test
  void aCallRecordedAloneCountsUnderTheFirstTemplateNoneOrOther() {
    Route.of("GET", "/books", "/volumes").callFinished(System.nanoTime(), 200);
    Route.of("GET").callFinished(System.nanoTime(), 200);
    Route.of(Route.ANY_METHOD, "/echo").callFinished(System.nanoTime(), 200);

    assertEquals(
        Map.of(
            series("GET", "/books", "2xx"), 1.0,
            series("GET", "none", "2xx"), 1.0,
            series("_OTHER", "/echo", "2xx"), 1.0),
        counts());
  }

  @Test
  void aCompanionsMetricsTakeTheRequestNotTheDefault() {
    PrometheusRegistry own = new PrometheusRegistry();
    HttpMetrics companions = HttpMetrics.builder().register(own);
    Route route = Route.of("GET", "/books");

    Companion.recordRequest(companions, route, "GET", System.nanoTime(), 200);
    Companion.recordRequest(companions, route, "HEAD", System.nanoTime(), 404);

    assertEquals(Map.of(), counts());
    assertEquals(
        Map.of(series("GET", "/books", "2xx"), 1.0, series("HEAD", "/books", "4xx"), 1.0),
        Scrape.of(own).series(COUNT));
  }

  /** Two applications in one JVM share the decorators' routes, never their counts. */
  @Test
  void requestsAlternatingBetweenTwoMetricsEachLandInTheirOwn() {
    PrometheusRegistry first = new PrometheusRegistry();
    PrometheusRegistry second = new PrometheusRegistry();
    HttpMetrics one = HttpMetrics.builder().register(first);
    HttpMetrics two = HttpMetrics.builder().register(second);
    Route route = Route.of("GET", "/books");

    for (int i = 0; i < 3; i++) {
      Companion.recordRequest(one, route, "GET", System.nanoTime(), 200);
      Companion.recordRequest(two, route, "GET", System.nanoTime(), 500);
      Companion.recordRequest(two, route, "HEAD", System.nanoTime(), 200);
    }

    assertEquals(Map.of(series("GET", "/books", "2xx"), 3.0), Scrape.of(first).series(COUNT));
    assertEquals(
        Map.of(series("GET", "/books", "5xx"), 3.0, series("HEAD", "/books", "2xx"), 3.0),
        Scrape.of(second).series(COUNT));
  }

  @Test
  void aRouteNamesItselfByMethodAndTemplates() {
    assertEquals("GET /books", Route.of("GET", "/books").toString());
    assertEquals("GET /books | /volumes", Route.of("GET", "/books", "/volumes").toString());
    assertEquals("* /echo", Route.of(Route.ANY_METHOD, "/echo").toString());
  }

  @Test
  void aRouteRefusesNoMethodOrNoTemplate() {
    assertThrows(NullPointerException.class, () -> Route.of(null, "/books"));
    assertThrows(NullPointerException.class, () -> Route.of("GET", (String) null));
    assertThrows(NullPointerException.class, () -> Route.of("GET", "/books", null));
  }

  private Map<Map<String, String>, Double> counts() {
    return Scrape.of(registry).series(COUNT);
  }

  private static Map<String, String> series(String method, String handler, String status) {
    return labels("method", method, "handler", handler, "status", status);
  }

  /** A decorator's clock, in a process that records (RecordingOffTest: 0 in one that does not). */
  @Test
  void theStartTimeIsTheNanoClock() {
    long before = System.nanoTime();
    long start = Route.startTime();

    assertTrue(start >= before && start <= System.nanoTime(), "start " + start + ", before " + before);
  }
}
