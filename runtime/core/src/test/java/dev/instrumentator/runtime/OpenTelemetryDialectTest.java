package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.HttpMetrics.Dialect;
import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry dialect records {@code http.server.request.duration} as the HTTP semantic
 * conventions define it, scraped under the names the conventions' Prometheus mapping gives: the
 * attributes the conventions leave out are not in the scrape at all.
 */
class OpenTelemetryDialectTest {
  private static final String COUNT = "http_server_request_duration_seconds_count";

  private final PrometheusRegistry registry = new PrometheusRegistry();

  private Recorder otelOnly() {
    return Recorder.of(HttpMetrics.builder().dialects(Dialect.OPENTELEMETRY).register(registry));
  }

  @Test
  void aTemplatedRequestHasEveryRequiredAttributeAndNoErrorType() {
    Recorder recorder = otelOnly();
    Route.of("GET", "/books/{isbn}")
        .recordRequest(recorder, "GET", 200, 2_000_000, -1, -1, OpenTelemetryMetrics.HTTPS, null);

    assertEquals(
        Map.of(
            labels(
                "http_request_method", "GET",
                "http_route", "/books/{isbn}",
                "http_response_status_code", "200",
                "url_scheme", "https"),
            1.0),
        Scrape.of(registry).series(COUNT));
  }

  @Test
  void aloneItRegistersNoPrometheusStyleHistogram() {
    otelOnly();
    Scrape scrape = Scrape.of(registry);
    assertTrue(scrape.series("http_request_duration_seconds_count").isEmpty());
    assertEquals(
        List.of("http_server_request_duration_seconds"),
        Recorder.of(HttpMetrics.builder().dialects(Dialect.OPENTELEMETRY)
            .register(new PrometheusRegistry())).metrics().prometheusNames());
  }

  @Test
  void bothDialectsRecordTheSameRequest() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.PROMETHEUS, Dialect.OPENTELEMETRY)
                .register(registry));
    Route.of("POST", "/books").recordRequest(recorder, "POST", 201, 1_000, -1, -1, "http", null);

    Scrape scrape = Scrape.of(registry);
    assertEquals(1.0, scrape.value(COUNT, labels(
        "http_request_method", "POST", "http_route", "/books",
        "http_response_status_code", "201", "url_scheme", "http")));
    assertEquals(1.0, scrape.value("http_request_duration_seconds_count", labels(
        "method", "POST", "handler", "/books", "status", "2xx")));
  }

  @Test
  void statusesAreExactAndA5xxIsAnErrorOfItsStatusOrOfWhatWasThrown() {
    Recorder recorder = otelOnly();
    Route route = Route.of("GET", "/books");
    route.recordRequest(recorder, "GET", 404, 1_000, -1, -1, "http", null);
    route.recordRequest(recorder, "GET", 503, 1_000, -1, -1, "http", null);
    route.recordRequest(
        recorder, "GET", 500, 1_000, -1, -1, "http", new IllegalStateException("broken"));
    // A 4xx is no error on a server, whatever the handler threw before it was mapped.
    route.recordRequest(
        recorder, "GET", 400, 1_000, -1, -1, "http", new IllegalArgumentException("bad"));

    Map<String, String> route404 = labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "404", "url_scheme", "http");
    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(4, series.size(), series.toString());
    assertEquals(1.0, series.get(route404));
    assertEquals(1.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "503", "url_scheme", "http", "error_type", "503")));
    assertEquals(1.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "500", "url_scheme", "http",
        "error_type", "java.lang.IllegalStateException")));
    assertEquals(1.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "400", "url_scheme", "http")));
  }

  /** Not even when the Prometheus dialect beside it keeps raw paths as handlers. */
  @Test
  void anUntemplatedRequestHasNoRouteNeverItsPathNorNone() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.PROMETHEUS, Dialect.OPENTELEMETRY)
                .groupUntemplated(false)
                .register(registry));
    recorder.recordUntemplated("GET", "/nowhere/42", 404, 1_000, -1, -1, "http", null);

    Scrape scrape = Scrape.of(registry);
    assertEquals(
        Map.of(labels(
            "http_request_method", "GET", "http_response_status_code", "404",
            "url_scheme", "http"), 1.0),
        scrape.series(COUNT));
    assertEquals(
        Map.of(labels("method", "GET", "handler", "/nowhere/42", "status", "4xx"), 1.0),
        scrape.series("http_request_duration_seconds_count"));
  }

  @Test
  void unknownMethodsAreOtherAndQueryIsKnown() {
    Recorder recorder = otelOnly();
    Route any = Route.of(Route.ANY_METHOD, "/search");
    any.recordRequest(recorder, "QUERY", 200, 1_000, -1, -1, "http", null);
    any.recordRequest(recorder, "FOO", 200, 1_000, -1, -1, "http", null);
    any.recordRequest(recorder, "get", 200, 1_000, -1, -1, "http", null);
    recorder.recordUntemplated("BREW", "/pot", 405, 1_000, -1, -1, "http", null);

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(1.0, series.get(labels(
        "http_request_method", "QUERY", "http_route", "/search",
        "http_response_status_code", "200", "url_scheme", "http")));
    // Methods are case-sensitive: "get" is no GET.
    assertEquals(2.0, series.get(labels(
        "http_request_method", "_OTHER", "http_route", "/search",
        "http_response_status_code", "200", "url_scheme", "http")));
    assertEquals(1.0, series.get(labels(
        "http_request_method", "_OTHER", "http_response_status_code", "405",
        "url_scheme", "http")));
  }

  @Test
  void knownMethodsAreAFullOverride() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.OPENTELEMETRY)
                .knownMethods("GET", "PURGE")
                .register(registry));
    Route any = Route.of(Route.ANY_METHOD, "/cache");
    any.recordRequest(recorder, "PURGE", 200, 1_000, -1, -1, "http", null);
    any.recordRequest(recorder, "POST", 200, 1_000, -1, -1, "http", null);

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(1.0, series.get(labels(
        "http_request_method", "PURGE", "http_route", "/cache",
        "http_response_status_code", "200", "url_scheme", "http")));
    assertEquals(1.0, series.get(labels(
        "http_request_method", "_OTHER", "http_route", "/cache",
        "http_response_status_code", "200", "url_scheme", "http")));
  }

  @Test
  void theVariableOfTheConventionsOverridesTheKnownMethods() {
    assertEquals(OpenTelemetryMetrics.DEFAULT_KNOWN_METHODS, OpenTelemetryMetrics.knownMethodsFrom(null));
    assertEquals(OpenTelemetryMetrics.DEFAULT_KNOWN_METHODS, OpenTelemetryMetrics.knownMethodsFrom(" "));
    assertEquals(
        List.of("GET", "PURGE"), OpenTelemetryMetrics.knownMethodsFrom("GET, PURGE,,"));
    assertTrue(OpenTelemetryMetrics.DEFAULT_KNOWN_METHODS.contains("QUERY"));
  }

  @Test
  void eachExceptionClassIsItsOwnErrorTypeWhateverItsMessage() {
    Recorder recorder = otelOnly();
    Route route = Route.of("GET", "/fail");
    for (int i = 0; i < 3; i++) {
      route.recordRequest(
          recorder, "GET", 500, 1_000, -1, -1, "http", new IllegalStateException("call " + i));
    }
    route.recordRequest(
        recorder, "GET", 500, 1_000, -1, -1, "http", new UnsupportedOperationException());

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(2, series.size(), series.toString());
    assertEquals(3.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/fail",
        "http_response_status_code", "500", "url_scheme", "http",
        "error_type", "java.lang.IllegalStateException")));
  }

  /** Thrown by handlers of hidden classes made from it, each with a name of its own. */
  public static final class Thrown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Thrown() {
      super("thrown");
    }
  }

  @Test
  void errorTypesAreCappedAtFiftyThenOther() throws Exception {
    Recorder recorder = otelOnly();
    Route route = Route.of("GET", "/fail");
    byte[] thrown;
    try (var in = Thrown.class.getResourceAsStream("OpenTelemetryDialectTest$Thrown.class")) {
      thrown = in.readAllBytes();
    }
    for (int i = 0; i < 60; i++) {
      // A hidden class is named after its bytes' class with a suffix of its own.
      Class<?> hidden = MethodHandles.lookup().defineHiddenClass(thrown, true).lookupClass();
      Throwable error = (Throwable) hidden.getConstructor().newInstance();
      route.recordRequest(recorder, "GET", 500, 1_000, -1, -1, "http", error);
    }

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(51, series.size());
    assertEquals(10.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/fail",
        "http_response_status_code", "500", "url_scheme", "http", "error_type", "_OTHER")));
  }

  @Test
  void activeRequestsAreByMethodAndSchemeAlone() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.OPENTELEMETRY)
                .inProgress(true)
                .register(registry));
    Route.of("GET", "/a").requestStarted(recorder, "GET", "https");
    Route.of("GET", "/b").requestStarted(recorder, "GET", "https");
    Route.of("GET", "/b").requestStarted(recorder, "GET", "http");
    Route.of("GET", "/b").requestEnded(recorder, "GET", "http");

    Map<Map<String, String>, Double> series =
        Scrape.of(registry).series("http_server_active_requests");
    assertEquals(
        Map.of(
            labels("http_request_method", "GET", "url_scheme", "https"), 2.0,
            labels("http_request_method", "GET", "url_scheme", "http"), 0.0),
        series);
  }

  @Test
  void bodySizesAreHistogramsOfTheSameAttributes() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.OPENTELEMETRY)
                .sizes(true)
                .register(registry));
    Route.of("POST", "/books").recordRequest(recorder, "POST", 201, 1_000, 30, 120, "http", null);

    Scrape scrape = Scrape.of(registry);
    Map<String, String> attributes = labels(
        "http_request_method", "POST", "http_route", "/books",
        "http_response_status_code", "201", "url_scheme", "http");
    assertEquals(30.0, scrape.value("http_server_request_body_size_bytes_sum", attributes));
    assertEquals(120.0, scrape.value("http_server_response_body_size_bytes_sum", attributes));
  }

  @Test
  void httpAndHttpsOfOneStatusAreTwoSeries() {
    Recorder recorder = otelOnly();
    Route route = Route.of("GET", "/books");
    route.recordRequest(recorder, "GET", 200, 1_000, -1, -1, OpenTelemetryMetrics.HTTP, null);
    route.recordRequest(recorder, "GET", 200, 1_000, -1, -1, OpenTelemetryMetrics.HTTPS, null);
    route.recordRequest(recorder, "GET", 200, 1_000, -1, -1, OpenTelemetryMetrics.HTTPS, null);

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(1.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "200", "url_scheme", "http")));
    assertEquals(2.0, series.get(labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "200", "url_scheme", "https")));
  }

  @Test
  void everyStatusIsExactAndEvery5xxAnError() {
    Recorder recorder = otelOnly();
    Route route = Route.of("GET", "/books");
    for (int status : new int[] {101, 299, 499, 500, 599, 600, 99}) {
      route.recordRequest(recorder, "GET", status, 1_000, -1, -1, "http", null);
    }

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(7, series.size(), series.toString());
    for (int status : new int[] {101, 299, 499, 600, 99}) {
      assertEquals(1.0, series.get(labels(
          "http_request_method", "GET", "http_route", "/books",
          "http_response_status_code", Integer.toString(status), "url_scheme", "http")), "" + status);
    }
    for (int status : new int[] {500, 599}) {
      assertEquals(1.0, series.get(labels(
          "http_request_method", "GET", "http_route", "/books",
          "http_response_status_code", Integer.toString(status), "url_scheme", "http",
          "error_type", Integer.toString(status))), "" + status);
    }
  }

  @Test
  void aMatchedRouteRecordsTheFrameworksTemplateAsTheRoute() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.PROMETHEUS, Dialect.OPENTELEMETRY)
                .register(registry));
    Route.matched("GET", "/books/{isbn}", "/books/{isbn:[0-9-]+}")
        .recordRequest(recorder, "GET", 200, 1_000, -1, -1, "http", null);

    Scrape scrape = Scrape.of(registry);
    assertEquals(1.0, scrape.value(COUNT, labels(
        "http_request_method", "GET", "http_route", "/books/{isbn:[0-9-]+}",
        "http_response_status_code", "200", "url_scheme", "http")));
    assertEquals(1.0, scrape.value("http_request_duration_seconds_count", labels(
        "method", "GET", "handler", "/books/{isbn}", "status", "2xx")));
  }

  @Test
  void constantLabelsAreOnEverySeriesOfTheDialect() {
    Recorder recorder =
        Recorder.of(
            HttpMetrics.builder()
                .dialects(Dialect.OPENTELEMETRY)
                .inProgress(true)
                .constantLabels(Map.of("service", "books"))
                .register(registry));
    Route route = Route.of("GET", "/books");
    route.requestStarted(recorder, "GET", "http");
    route.recordRequest(recorder, "GET", 200, 1_000, -1, -1, "http", null);

    Scrape scrape = Scrape.of(registry);
    assertEquals(1.0, scrape.value(COUNT, labels(
        "http_request_method", "GET", "http_route", "/books",
        "http_response_status_code", "200", "url_scheme", "http", "service", "books")));
    assertEquals(1.0, scrape.value("http_server_active_requests", labels(
        "http_request_method", "GET", "url_scheme", "http", "service", "books")));
  }

  @Test
  void companionsTrackRequestsInProgressOnlyWhenAGaugeIsKept() {
    assertFalse(otelOnly().tracksInProgress());
    assertTrue(
        Recorder.of(
                HttpMetrics.builder()
                    .dialects(Dialect.OPENTELEMETRY)
                    .inProgress(true)
                    .register(new PrometheusRegistry()))
            .tracksInProgress());
    assertTrue(
        Recorder.of(HttpMetrics.builder().inProgress(true).register(new PrometheusRegistry()))
            .tracksInProgress());
  }

  /** With no companion, no request was seen: the call has no scheme, and its route's template. */
  @Test
  void aDecoratorAloneRecordsNoScheme() {
    HttpMetrics.setDefault(HttpMetrics.builder().dialects(Dialect.OPENTELEMETRY).register(registry));
    Route route = Route.of("GET", "/alone/{id}");
    route.callFinished(Route.startTime(), 200);
    route.callFinished(Route.startTime(), 503);

    Map<Map<String, String>, Double> series = Scrape.of(registry).series(COUNT);
    assertEquals(
        Map.of(
            labels("http_request_method", "GET", "http_route", "/alone/{id}",
                "http_response_status_code", "200"), 1.0,
            labels("http_request_method", "GET", "http_route", "/alone/{id}",
                "http_response_status_code", "503", "error_type", "503"), 1.0),
        series);
  }

  @Test
  void withTheOptionOffNothingOfTheDialectExists() {
    HttpMetrics.builder().register(registry);
    assertFalse(registry.scrape().stream()
        .anyMatch(snapshot -> snapshot.getMetadata().getPrometheusName().startsWith("http_server")));
  }

  /** Options that shape only the Prometheus dialect would do nothing without it: not silently. */
  @Test
  void prometheusOptionsWithoutTheirDialectAreRefusedByName() {
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpMetrics.builder().dialects(Dialect.OPENTELEMETRY).requestsTotal(true)
                .register(registry));
    assertEquals(
        "requestsTotal (Spring Boot: instrumentator.requests-total) shape the Prometheus dialect,"
            + " which dialects[OPENTELEMETRY] leaves out: add PROMETHEUS to the dialects, or leave"
            + " it at the default",
        one.getMessage());
    IllegalArgumentException several =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpMetrics.builder().dialects(Dialect.OPENTELEMETRY)
                .groupStatusCodes(false).namespace("shop").labelNames("verb", "handler", "status")
                .register(registry));
    assertTrue(
        several.getMessage().startsWith(
            "groupStatusCodes (Spring Boot: instrumentator.group-status-codes), namespace (Spring"
                + " Boot: instrumentator.namespace), labelNames (Spring Boot:"
                + " instrumentator.label-names) shape"),
        several.getMessage());
    assertTrue(several.getMessage().endsWith("leave them at the default"), several.getMessage());
    assertTrue(registry.scrape().stream().findAny().isEmpty(), "nothing registered");
    // At their defaults, set or not, they are no reason to refuse.
    HttpMetrics.builder()
        .dialects(Dialect.OPENTELEMETRY)
        .groupStatusCodes(true)
        .requestsTotal(false)
        .metricName(HttpMetrics.DEFAULT_METRIC_NAME)
        .register(registry);
  }

  @Test
  void badDialectsAndMethodsAreRefusedByName() {
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> HttpMetrics.builder().dialects());
    assertEquals("dialects must not be empty: give PROMETHEUS, OPENTELEMETRY or both", none.getMessage());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class, () -> HttpMetrics.builder().knownMethods("GET", "BAD METHOD"));
    assertTrue(bad.getMessage().startsWith("known method 'BAD METHOD' is not an HTTP method"), bad.getMessage());
  }
}
