package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.reactive.ReactiveApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * The options act on a WebFlux application on Netty as on Spring MVC: sizes (what crossed the
 * wire), the request counter, streamed bodies timed until their response started, series at
 * start-up, listeners, {@code /metrics} without actuator's, and the OpenTelemetry dialect beside
 * the Prometheus one.
 */
class WebFluxOptionsTest {
  private static final List<String> heard = new CopyOnWriteArrayList<>();

  private static App app;
  private static Http http;

  /** A listener, as a bean. */
  static class Listening {
    @Bean
    RequestListener listener() {
      return request ->
          heard.add(
              request.method() + " " + request.handler() + " " + request.status() + " "
                  + request.requestBytes() + " " + request.responseBytes());
    }
  }

  @BeforeAll
  static void start() {
    app =
        App.start(
            List.of(ReactiveApplication.class, Listening.class),
            "spring.main.web-application-type=reactive",
            "instrumentator.sizes=true",
            "instrumentator.requests-total=true",
            "instrumentator.exclude-streaming-duration=true",
            "instrumentator.create-series-at-startup=true",
            "instrumentator.metrics-endpoint.enabled=true",
            "instrumentator.dialects=prometheus,opentelemetry");
    http = app.http();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everyTimedRouteHasItsSeriesFromTheStart() {
    // No test sends this request.
    assertEquals(
        0.0,
        http.scrape()
            .value(
                "http_request_duration_seconds_count",
                labels("method", "PUT", "handler", "/admin/settings/{key}", "status", "2xx")));
  }

  @Test
  void sizesAreTheBytesThatCrossedTheWireAndListenersHearThem() {
    Map<Map<String, String>, Double> before = http.counts();
    HttpResponse<String> added = http.send("POST", "/shelf", "reader", "héllo");
    http.countsAdded(before, 1);
    Scrape scrape = http.scrape();
    Map<String, String> series = labels("method", "POST", "handler", "/shelf", "status", "2xx");

    int sent = "héllo".getBytes(StandardCharsets.UTF_8).length;
    int answered = added.body().getBytes(StandardCharsets.UTF_8).length;
    assertEquals(sent, scrape.value("http_request_size_bytes_sum", series));
    assertEquals(answered, scrape.value("http_response_size_bytes_sum", series));
    assertEquals(1.0, scrape.value("http_requests_total", series));
    Await.size(heard, 1);
    assertTrue(heard.contains("POST /shelf 201 " + sent + " " + answered), heard.toString());
  }

  @Test
  void aStreamsSizeIsEveryByteOfItsEvents() {
    Map<String, String> series = labels("method", "GET", "handler", "/shelf/events", "status", "2xx");
    Map<Map<String, String>, Double> before = http.counts();

    HttpResponse<String> events = http.send("GET", "/shelf/events?millis=5&count=3", "reader", null);
    http.countsAdded(before, 1);

    assertEquals(
        events.body().getBytes(StandardCharsets.UTF_8).length,
        http.scrape().value("http_response_size_bytes_sum", series));
  }

  @Test
  void aStreamedBodyIsTimedUntilItsResponseStarted() {
    Map<String, String> series = labels("method", "GET", "handler", "/shelf/stream", "status", "2xx");

    Map<Map<String, String>, Double> before = http.counts();
    assertEquals(200, http.send("GET", "/shelf/stream?millis=40", "reader", null).statusCode());
    http.countsAdded(before, 1);

    double seconds = http.scrape().value("http_request_duration_seconds_sum", series);
    // Ten parts, 40 ms apart (400 ms): timed until the first was sent.
    assertTrue(seconds > 0.03 && seconds < 0.3, "timed " + seconds + " s");
  }

  @Test
  void theMetricsEndpointServesTheRegistry() {
    HttpResponse<String> metrics = http.get("/metrics");

    assertEquals(200, metrics.statusCode());
    assertTrue(
        metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        metrics.headers().toString());
    assertTrue(metrics.body().contains("# TYPE http_request_duration_seconds histogram"));
  }

  @Test
  void theOpenTelemetryDialectKeepsWebFluxsRouteAndNamesWhatWasThrown() {
    Map<Map<String, String>, Double> before = http.counts();
    http.send("GET", "/shelf/isbn/978-3", "reader", null);
    http.send("GET", "/shelf/broken", "reader", null);
    http.countsAdded(before, 2);
    Scrape scrape = http.scrape();

    assertEquals(
        1.0,
        scrape.value(
            "http_server_request_duration_seconds_count",
            labels(
                "http_request_method", "GET",
                "http_route", "/shelf/isbn/{isbn:[0-9-]+}",
                "http_response_status_code", "200",
                "url_scheme", "http")));
    assertEquals(
        1.0,
        scrape.value(
            "http_server_request_duration_seconds_count",
            labels(
                "http_request_method", "GET",
                "http_route", "/shelf/broken",
                "http_response_status_code", "500",
                "url_scheme", "http",
                "error_type", "java.lang.IllegalStateException")));
  }
}
