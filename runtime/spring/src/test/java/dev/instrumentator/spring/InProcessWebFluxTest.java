package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.reactive.ReactiveApplication;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The WebFlux companion, Spring Security and WebFlux's dispatching in one process, through
 * {@code WebTestClient} bound to the application context (which applies the same web filters and
 * {@code HttpHandler} decorators as the server does), with the options that change the
 * companion's path on: the cases of the tests over Netty without a socket or a wait, so that
 * mutation testing can run them against every mutant. The client gets its response once the
 * handling has completed, by when the request is recorded. Each test compares counts before and
 * after: the application context, and its registry, outlive a test. The body of a stream is not
 * read until the handling has completed, so streams are timed over Netty only
 * ({@code WebFluxOptionsTest}).
 */
@SpringBootTest(
    classes = ReactiveApplication.class,
    webEnvironment = WebEnvironment.MOCK,
    properties = {
      "spring.main.web-application-type=reactive",
      "instrumentator.sizes=true",
      "instrumentator.in-progress=true",
      "instrumentator.in-progress-labels=true",
      "instrumentator.group-status-codes=false",
      "instrumentator.group-untemplated=false",
      "instrumentator.exclude-streaming-duration=true",
      "instrumentator.dialects=prometheus,opentelemetry",
      "instrumentator.metrics-endpoint.enabled=true"
    })
class InProcessWebFluxTest {
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String SUM = "http_request_duration_seconds_sum";
  private static final String OTEL_COUNT = "http_server_request_duration_seconds_count";
  private static final String READER =
      "Basic " + Base64.getEncoder().encodeToString("reader:secret".getBytes(StandardCharsets.UTF_8));

  @Autowired ApplicationContext context;
  @Autowired HttpMetrics metrics;

  private WebTestClient client;

  @BeforeEach
  void client() {
    client = WebTestClient.bindToApplicationContext(context).configureClient().build();
  }

  @Test
  void aRequestCountsUnderItsTemplateWithTheStatusSent() {
    double before = value(COUNT, "GET", "/shelf/entity/{id}", "202");

    client.get().uri("/shelf/entity/7").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isEqualTo(202);

    assertThat(value(COUNT, "GET", "/shelf/entity/{id}", "202")).isEqualTo(before + 1);
    assertThat(inProgress("GET", "/shelf/entity/{id}")).isZero();
  }

  @Test
  void aRefusalBySpringSecurityCountsUnderTheTemplateItWasRefusedOn() {
    double before = value(COUNT, "GET", "/reports/summary", "403");
    double anonymous = value(COUNT, "GET", "/shelf/{id}", "401");

    client.get().uri("/reports/summary").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isForbidden();
    client.get().uri("/shelf/7").exchange().expectStatus().isUnauthorized();

    assertThat(value(COUNT, "GET", "/reports/summary", "403")).isEqualTo(before + 1);
    assertThat(value(COUNT, "GET", "/shelf/{id}", "401")).isEqualTo(anonymous + 1);
    assertThat(inProgress("GET", "/shelf/{id}")).isZero();
  }

  @Test
  void anExceptionHandlersStatusAndAnUnhandledErrorsAreTheOnesCounted() {
    double conflicts = value(COUNT, "GET", "/shelf/conflict", "409");
    double errors = value(COUNT, "GET", "/shelf/broken", "500");
    Map<String, String> thrown =
        labels(
            "http_request_method", "GET",
            "http_route", "/shelf/broken",
            "http_response_status_code", "500",
            "url_scheme", "http",
            "error_type", "java.lang.IllegalStateException");
    double thrownBefore = valueOf(OTEL_COUNT, thrown);

    client.get().uri("/shelf/conflict").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isEqualTo(409);
    client.get().uri("/shelf/broken").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isEqualTo(500);

    assertThat(value(COUNT, "GET", "/shelf/conflict", "409")).isEqualTo(conflicts + 1);
    assertThat(value(COUNT, "GET", "/shelf/broken", "500")).isEqualTo(errors + 1);
    assertThat(valueOf(OTEL_COUNT, thrown)).isEqualTo(thrownBefore + 1);
  }

  @Test
  void aRequestMatchingNoHandlerMethodCountsUnderItsPath() {
    double before = value(COUNT, "GET", "/nowhere/at/all", "404");
    double refused = value(COUNT, "DELETE", "/shelf/7", "405");

    client.get().uri("/nowhere/at/all").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isNotFound();
    client.delete().uri("/shelf/7").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isEqualTo(405);

    assertThat(value(COUNT, "GET", "/nowhere/at/all", "404")).isEqualTo(before + 1);
    assertThat(value(COUNT, "DELETE", "/shelf/7", "405")).isEqualTo(refused + 1);
  }

  @Test
  void aMethodOutOfTrackingIsNotCounted() {
    double before = scrape().only("http_request_duration_seconds").counted();

    client.get().uri("/shelf/untracked").header(HttpHeaders.AUTHORIZATION, READER).exchange()
        .expectStatus().isOk();

    assertThat(scrape().only("http_request_duration_seconds").counted()).isEqualTo(before);
  }

  @Test
  void sizesAreTheBytesReadAndWritten() {
    Map<String, String> series = labels("method", "POST", "handler", "/shelf", "status", "201");
    double read = valueOf("http_request_size_bytes_sum", series);
    double written = valueOf("http_response_size_bytes_sum", series);

    client.post().uri("/shelf").header(HttpHeaders.AUTHORIZATION, READER).bodyValue("dune")
        .exchange().expectStatus().isCreated().expectBody(String.class).isEqualTo("added dune");

    assertThat(valueOf("http_request_size_bytes_sum", series)).isEqualTo(read + 4);
    assertThat(valueOf("http_response_size_bytes_sum", series)).isEqualTo(written + 10);
  }

  @Test
  void aSlowAnswerIsTimedToItsEnd() {
    double slow = value(SUM, "GET", "/shelf/slow", "200");

    client.get().uri("/shelf/slow?millis=100").header(HttpHeaders.AUTHORIZATION, READER)
        .exchange().expectStatus().isOk();

    // At least its 100 ms, and not much more: the time from arrival to the end, nothing else.
    assertThat(value(SUM, "GET", "/shelf/slow", "200") - slow).isBetween(0.1, 5.0);
  }

  @Test
  void theSchemeIsTheOneTheServerSaw() {
    Map<String, String> series =
        labels(
            "http_request_method", "GET",
            "http_route", "/open/greeting/{name}",
            "http_response_status_code", "200",
            "url_scheme", "https");
    double before = valueOf(OTEL_COUNT, series);
    WebTestClient secure =
        WebTestClient.bindToApplicationContext(context)
            .configureClient()
            .baseUrl("https://localhost")
            .build();

    secure.get().uri("/open/greeting/ann").exchange().expectStatus().isOk();

    assertThat(valueOf(OTEL_COUNT, series)).isEqualTo(before + 1);
  }

  @Test
  void theMetricsEndpointServesTheMetricsInTheFormatAskedFor() {
    client.get().uri("/shelf/7").header(HttpHeaders.AUTHORIZATION, READER).exchange();

    String text =
        client.get().uri("/metrics").exchange()
            .expectStatus().isOk()
            .expectHeader().contentType("text/plain;version=0.0.4;charset=utf-8")
            .expectBody(String.class).returnResult().getResponseBody();
    assertThat(Scrape.parse(text).series(COUNT))
        .containsKey(labels("method", "GET", "handler", "/shelf/{id}", "status", "200"));
    client.get().uri("/metrics").header(HttpHeaders.ACCEPT, "application/openmetrics-text")
        .exchange()
        .expectHeader().contentType("application/openmetrics-text;version=1.0.0;charset=utf-8");
  }

  private Scrape scrape() {
    return Scrape.of(metrics.registry());
  }

  private double value(String name, String method, String handler, String status) {
    return valueOf(name, labels("method", method, "handler", handler, "status", status));
  }

  private double valueOf(String name, Map<String, String> series) {
    Double value = scrape().series(name).get(series);
    return value == null ? 0 : value;
  }

  private double inProgress(String method, String handler) {
    return valueOf("http_requests_inprogress", labels("method", method, "handler", handler));
  }
}
