package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The in-progress gauge goes up when a companion says a request's handling started and down when
 * it says it ended, per route and request method when it has labels, in one series when not.
 */
class InProgressTest {
  private static final String GAUGE = "http_requests_inprogress";
  private final PrometheusRegistry registry = new PrometheusRegistry();

  @Test
  void noGaugeByDefault() {
    HttpMetrics metrics = HttpMetrics.builder().register(registry);
    Route.of("GET", "/books").requestStarted(Recorder.of(metrics), "GET", "http");

    assertFalse(Recorder.of(metrics).tracksInProgress());
    assertEquals(Map.of(), Scrape.of(registry).series(GAUGE));
  }

  @Test
  void oneSeriesForAllRequestsByDefault() {
    HttpMetrics metrics = HttpMetrics.builder().inProgress(true).register(registry);
    Route books = Route.of("GET", "/books");
    Route authors = Route.of("GET", "/authors");

    books.requestStarted(Recorder.of(metrics), "GET", "http");
    authors.requestStarted(Recorder.of(metrics), "HEAD", "http");
    assertTrue(Recorder.of(metrics).tracksInProgress());
    assertEquals(Map.of(labels(), 2.0), Scrape.of(registry).series(GAUGE));

    books.requestEnded(Recorder.of(metrics), "GET", "http");
    authors.requestEnded(Recorder.of(metrics), "HEAD", "http");
    assertEquals(Map.of(labels(), 0.0), Scrape.of(registry).series(GAUGE));
  }

  @Test
  void perMethodAndHandlerWithLabels() {
    HttpMetrics metrics =
        HttpMetrics.builder()
            .inProgress(true)
            .inProgressLabels(true)
            .labelNames("verb", "route", "code")
            .register(registry);
    Route books = Route.of("GET", "/books");

    books.requestStarted(Recorder.of(metrics), "GET", "http");
    books.requestStarted(Recorder.of(metrics), "GET", "http");
    books.requestStarted(Recorder.of(metrics), "HEAD", "http");
    books.requestEnded(Recorder.of(metrics), "GET", "http");

    assertEquals(
        Map.of(
            labels("verb", "GET", "route", "/books"), 1.0,
            labels("verb", "HEAD", "route", "/books"), 1.0),
        Scrape.of(registry).series(GAUGE));
  }

  @Test
  void namedAndPrefixedAsTheOtherMetrics() {
    HttpMetrics metrics =
        HttpMetrics.builder()
            .namespace("shop")
            .constantLabels(Map.of("service", "bookstore"))
            .inProgress(true)
            .inProgressName("requests_in_flight")
            .register(registry);
    Route.of("GET", "/books").requestStarted(Recorder.of(metrics), "GET", "http");

    assertEquals(
        Map.of(labels("service", "bookstore"), 1.0),
        Scrape.of(registry).series("shop_requests_in_flight"));
  }

  @Test
  void excludedHandlersAreNotInProgress() {
    HttpMetrics metrics =
        HttpMetrics.builder().inProgress(true).inProgressLabels(true).register(registry);
    Route.of("GET", "/metrics").requestStarted(Recorder.of(metrics), "GET", "http");

    assertEquals(Map.of(), Scrape.of(registry).series(GAUGE));
  }

  /** A gauge whose name is taken leaves neither the histogram nor the counter behind. */
  @Test
  void allOrNothing() {
    PrometheusRegistry taken = new PrometheusRegistry();
    HttpMetrics.builder().metricName("other_seconds").inProgress(true).register(taken);

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> HttpMetrics.builder().requestsTotal(true).inProgress(true).register(taken));

    assertTrue(
        refused.getMessage().startsWith("cannot register the metric 'http_requests_inprogress'"),
        refused.getMessage());
    HttpMetrics.builder().requestsTotal(true).register(taken); // both names are free
  }

  @Test
  void unregisteringTakesTheGaugeToo() {
    HttpMetrics.builder().inProgress(true).register(registry).unregister();

    HttpMetrics.builder().inProgress(true).register(registry); // the name is free
  }
}
