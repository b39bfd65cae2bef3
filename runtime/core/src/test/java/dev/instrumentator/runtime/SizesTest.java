package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.RequestListener.UNKNOWN_SIZE;
import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The size summaries take what companions measured, under the request's labels; a size that is
 * not known is left out of its summary, and listeners hear sizes whether or not they are kept.
 */
class SizesTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();

  @Test
  void sizesAreObservedUnderTheRequestsLabels() {
    HttpMetrics metrics =
        HttpMetrics.builder()
            .sizes(true)
            .namespace("shop")
            .constantLabels(Map.of("service", "books"))
            .register(registry);
    Route books = Route.of("POST", "/books");

    books.recordRequest(Recorder.of(metrics), "POST", 201, 1_000, 30, 120, "http", null);
    books.recordRequest(Recorder.of(metrics), "POST", 201, 1_000, 10, UNKNOWN_SIZE, "http", null);
    books.recordRequest(Recorder.of(metrics), "POST", 400, 1_000, UNKNOWN_SIZE, 7, "http", null);
    Recorder.of(metrics).recordUntemplated("GET", "/nope", 404, 1_000, 0, 0, "http", null);

    Scrape scrape = Scrape.of(registry);
    Map<String, String> created =
        labels("method", "POST", "handler", "/books", "status", "2xx", "service", "books");
    Map<String, String> refused =
        labels("method", "POST", "handler", "/books", "status", "4xx", "service", "books");
    Map<String, String> none =
        labels("method", "GET", "handler", "none", "status", "4xx", "service", "books");
    // The 400's request size is not known: its series exists, at zero, like the others' of its labels.
    assertEquals(
        Map.of(created, 40.0, refused, 0.0, none, 0.0),
        scrape.series("shop_http_request_size_bytes_sum"));
    assertEquals(
        Map.of(created, 2.0, refused, 0.0, none, 1.0),
        scrape.series("shop_http_request_size_bytes_count"));
    assertEquals(
        Map.of(created, 120.0, refused, 7.0, none, 0.0),
        scrape.series("shop_http_response_size_bytes_sum"));
    assertEquals(
        Map.of(created, 1.0, refused, 1.0, none, 1.0),
        scrape.series("shop_http_response_size_bytes_count"),
        "an empty body is a size, 0, not an unknown one");
    assertEquals(
        4.0,
        scrape.series("shop_http_request_duration_seconds_count").values().stream()
            .mapToDouble(Double::doubleValue)
            .sum(),
        "every request is in the histogram, sizes known or not");
  }

  @Test
  void sizesAreMeasuredForTheOptionOrForListenersOnly() {
    assertFalse(Recorder.of(HttpMetrics.builder().register(new PrometheusRegistry())).measuresSizes());
    assertTrue(
        Recorder.of(HttpMetrics.builder().sizes(true).register(new PrometheusRegistry())).measuresSizes());
    List<String> heard = new CopyOnWriteArrayList<>();
    HttpMetrics listened =
        HttpMetrics.builder()
            .listeners(request -> heard.add(request.requestBytes() + " " + request.responseBytes()))
            .register(registry);
    assertTrue(Recorder.of(listened).measuresSizes());

    Route.of("PUT", "/books/{id}").recordRequest(Recorder.of(listened), "PUT", 200, 1_000, 5, 6, "http", null);
    Recorder.of(listened).recordUntemplated("GET", "/nope", 404, 1_000, 0, UNKNOWN_SIZE, "http", null);
    Companion.recordRequest(listened, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
    RequestListenerTest.awaitHeard(listened);

    assertEquals(List.of("5 6", "0 -1", "-1 -1"), heard);
    assertEquals(
        List.of(),
        Scrape.of(registry).samples().stream()
            .filter(sample -> sample.name().contains("size"))
            .toList(),
        "no size metric without the option");
  }

  @Test
  void theSizeSummariesAreUnregisteredWithTheHistogram() {
    HttpMetrics.builder().sizes(true).register(registry).unregister();
    HttpMetrics.builder().sizes(true).register(registry); // registers them again
  }
}
