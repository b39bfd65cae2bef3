package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Wire;
import dev.instrumentator.spring.reactive.ReactiveApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A WebFlux application on Netty, over real HTTP: each request counts once, under the template
 * of the handler method WebFlux dispatched it to and the status the client received, however it
 * was decided (a {@code Mono}, a plain value, {@code ResponseEntity<Mono<…>>}, {@code
 * @ResponseStatus}, an {@code @ExceptionHandler}, {@code ResponseStatusException}, an error
 * nothing handled, Spring Security's refusals); it is timed until its response is complete,
 * streamed bodies included; a client that leaves counts once; and the in-progress gauge returns
 * to 0.
 */
class WebFluxTest {
  private static final String DURATION = "http_request_duration_seconds";

  /** The header of {@code reader}'s credentials, for requests sent by hand. */
  private static final String READER =
      "Authorization: Basic "
          + Base64.getEncoder().encodeToString("reader:secret".getBytes(StandardCharsets.UTF_8));

  private static App app;
  private static Http http;

  @BeforeAll
  static void start() {
    app =
        App.start(
            ReactiveApplication.class,
            "spring.main.web-application-type=reactive",
            "instrumentator.group-status-codes=false",
            "instrumentator.in-progress=true",
            "instrumentator.in-progress-labels=true");
    http = app.http();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @ParameterizedTest(name = "{0} {1} as {2}: {3}, counted {4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          GET    | /shelf/7                 | reader | 200 | /shelf/{id}              | 200
          GET    | /shelf/isbn/978-3        | reader | 200 | /shelf/isbn/{isbn}       | 200
          GET    | /shelf                   | reader | 200 | /shelf                   | 200
          GET    | /shelf/entity/7          | reader | 202 | /shelf/entity/{id}       | 202
          POST   | /shelf                   | reader | 201 | /shelf                   | 201
          GET    | /shelf/missing           | reader | 404 | /shelf/missing           | 404
          GET    | /shelf/broken            | reader | 500 | /shelf/broken            | 500
          GET    | /shelf/thrown            | reader | 500 | /shelf/thrown            | 500
          GET    | /shelf/conflict          | reader | 409 | /shelf/conflict          | 409
          GET    | /shelf/events?millis=5   | reader | 200 | /shelf/events            | 200
          HEAD   | /shelf/7                 | reader | 200 | /shelf/{id}              | 200
          GET    | /shelf/7                 | -      | 401 | /shelf/{id}              | 401
          GET    | /shelf/7                 | nobody | 401 | /shelf/{id}              | 401
          GET    | /reports/summary         | reader | 403 | /reports/summary         | 403
          GET    | /reports/owned/admin     | reader | 403 | /reports/owned/{owner}   | 403
          GET    | /reports/owned/reader    | reader | 200 | /reports/owned/{owner}   | 200
          GET    | /admin/stats             | reader | 403 | /admin/stats             | 403
          GET    | /open/greeting/ann       | -      | 200 | /open/greeting/{name}    | 200
          GET    | /shelf/isbn/abc          | reader | 404 | none                     | 404
          GET    | /nowhere                 | reader | 404 | none                     | 404
          DELETE | /shelf/7                 | reader | 405 | none                     | 405
          """)
  void aRequestCountsOnceUnderItsTemplateWithTheStatusTheClientGot(
      String method, String path, String user, int status, String handler, String counted) {
    Map<Map<String, String>, Double> before = http.counts();

    String body = method.equals("POST") ? "dune" : null;
    assertEquals(status, http.send(method, path, user, body).statusCode(), method + " " + path);

    assertEquals(
        Map.of(labels("method", method, "handler", handler, "status", counted), 1.0),
        http.countsAdded(before, 1));
  }

  @Test
  void aMethodOutOfTrackingIsNotCounted() {
    Map<Map<String, String>, Double> before = http.counts();

    assertEquals(200, http.send("GET", "/shelf/untracked", "reader", null).statusCode());
    assertEquals(200, http.send("GET", "/open/greeting/bob", null, null).statusCode());

    // Only the second: had the first counted too, two requests would have been added.
    assertEquals(
        Map.of(labels("method", "GET", "handler", "/open/greeting/{name}", "status", "200"), 1.0),
        http.countsAdded(before, 1));
  }

  /**
   * Refused before it reached actuator's endpoint (a wrong password), the request maps to that
   * endpoint's handler method, which no decorator times: left out, as when it is served.
   */
  @Test
  void aRefusedRequestForAnActuatorEndpointIsNotCounted() {
    Map<Map<String, String>, Double> before = http.counts();

    assertEquals(401, http.send("GET", "/actuator/prometheus", "nobody", null).statusCode());
    assertEquals(200, http.send("GET", "/open/greeting/bob", null, null).statusCode());

    // Only the second: had the first counted too, two requests would have been added.
    assertEquals(
        Map.of(labels("method", "GET", "handler", "/open/greeting/{name}", "status", "200"), 1.0),
        http.countsAdded(before, 1));
  }

  @Test
  void aStreamedBodyIsTimedUntilItsLastPart() {
    Map<String, String> series =
        labels("method", "GET", "handler", "/shelf/stream", "status", "200");
    double before = sumOf(series);
    Map<Map<String, String>, Double> counted = http.counts();

    assertEquals(200, http.send("GET", "/shelf/stream?millis=30", "reader", null).statusCode());
    http.countsAdded(counted, 1);

    double seconds = sumOf(series) - before;
    // Ten parts, 30 ms apart: the handler returned its Flux at once, the body took 300 ms.
    assertTrue(seconds >= 0.29 && seconds < 5, "timed " + seconds + " s");
  }

  /**
   * Counted once, when the server learns that the client left: Reactor Netty (1.2 with Spring Boot
   * 3.5, 1.3 with Spring Boot 4) learns at once and cancels the handling, and the request counts
   * 499, as no status was sent, timed until then (docs/design.md, "A client that leaves").
   */
  @Test
  void aClientThatLeavesBeforeTheAnswerCountsOnceWhenTheServerLearnsIt() throws Exception {
    Map<String, String> series =
        labels("method", "GET", "handler", "/shelf/slow", "status", "499");
    Map<Map<String, String>, Double> before = http.counts();
    double sumBefore = sumOf(series);

    Wire.onPort(app.port()).leaveAfter("GET", "/shelf/slow?millis=1500", 200, READER);

    assertEquals(Map.of(series, 1.0), http.countsAdded(before, 1));
    double seconds = http.scrape().value(DURATION + "_sum", series) - sumBefore;
    // Timed until the client left, not until the answer it would have had.
    assertTrue(seconds >= 0.1 && seconds < 1.4, "timed " + seconds + " s");
    assertGaugeReadsZero();
    System.out.println(
        "Spring WebFlux, a client gone before the answer: " + series.get("status") + ", timed "
            + seconds + " s; Spring's own: " + springsOwn("/shelf/slow"));
  }

  @Test
  void aClientThatLeavesMidStreamCountsOnceWithTheStatusSent() throws Exception {
    Map<Map<String, String>, Double> before = http.counts();

    Wire.onPort(app.port()).abandon("GET", "/shelf/events?millis=50&count=100", 300, READER);

    assertEquals(
        Map.of(labels("method", "GET", "handler", "/shelf/events", "status", "200"), 1.0),
        http.countsAdded(before, 1));
    assertGaugeReadsZero();
    System.out.println(
        "Spring WebFlux, a client gone mid-stream: 200; Spring's own: "
            + springsOwn("/shelf/events"));
  }

  /** The statuses and outcomes Spring's own metrics recorded for {@code uri}. */
  private static String springsOwn(String uri) {
    StringBuilder seen = new StringBuilder();
    http.scrape()
        .series("http_server_requests_seconds_count")
        .forEach(
            (labels, count) -> {
              if (uri.equals(labels.get("uri"))) {
                seen.append("status=").append(labels.get("status")).append(" outcome=")
                    .append(labels.get("outcome")).append(" (").append(count).append(") ");
              }
            });
    return seen.toString().strip();
  }

  @Test
  void aRequestInFlightIsInProgressOnItsHandlerUntilItEnds() throws Exception {
    Map<String, String> slow = labels("method", "GET", "handler", "/shelf/slow");
    CompletableFuture<Integer> answered =
        CompletableFuture.supplyAsync(
            () -> http.send("GET", "/shelf/slow?millis=1000", "reader", null).statusCode());

    double inFlight = 0;
    for (int i = 0; i < 100 && inFlight == 0; i++) {
      Thread.sleep(10);
      inFlight = http.scrape().series("http_requests_inprogress").getOrDefault(slow, 0.0);
    }

    assertEquals(1.0, inFlight, "in progress while it is handled");
    assertEquals(200, answered.get(10, TimeUnit.SECONDS));
    assertGaugeReadsZero();
  }

  /**
   * The gauge is back to 0 on every series: at once, or within seconds, since a client can read
   * the whole of an answer before the server hears that its handling completed, when the request
   * is recorded.
   */
  private static void assertGaugeReadsZero() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    Map<Map<String, String>, Double> gauge = http.scrape().series("http_requests_inprogress");
    while (gauge.values().stream().anyMatch(value -> value != 0.0)
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
      gauge = http.scrape().series("http_requests_inprogress");
    }
    assertTrue(!gauge.isEmpty(), "the gauge has series");
    assertTrue(gauge.values().stream().allMatch(value -> value == 0.0), gauge.toString());
  }

  private static double sumOf(Map<String, String> series) {
    Double sum = http.scrape().series(DURATION + "_sum").get(series);
    return sum == null ? 0 : sum;
  }
}
