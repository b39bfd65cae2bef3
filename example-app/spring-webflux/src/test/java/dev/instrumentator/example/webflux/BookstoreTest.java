package dev.instrumentator.example.webflux;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.spring.testing.Http;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The reactive bookstore as its users call it, over real HTTP to Netty, and what {@code
 * /actuator/prometheus} then shows: each request once, under its route's template and the status
 * the client received, from success to security refusals, exception handlers, unhandled failures
 * and streams, each timed until its response was complete.
 */
@SpringBootTest(
    classes = BookstoreApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "bookstore.service-latency=200ms")
class BookstoreTest {
  @Value("${local.server.port}")
  int port;

  private Http http;

  @BeforeEach
  void client() {
    http = Http.onPort(port);
  }

  @ParameterizedTest(name = "{0} {1} as {2}: {3}, counted under {4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          GET    | /books                                    | -        | 200 | /books                       | 2xx
          GET    | /books/978-0134685991                     | -        | 200 | /books/{isbn}                | 2xx
          GET    | /books/978-0000000000                     | -        | 404 | /books/{isbn}                | 4xx
          HEAD   | /books/978-0134685991                     | -        | 200 | /books/{isbn}                | 2xx
          POST   | /books?isbn=978-1&title=New               | -        | 401 | /books                       | 4xx
          POST   | /books?isbn=978-2&title=New               | customer | 403 | /books                       | 4xx
          POST   | /books?isbn=978-0134685991&title=Again    | admin    | 409 | /books                       | 4xx
          POST   | /books/978-0134685991/orders              | -        | 401 | /books/{isbn}/orders         | 4xx
          POST   | /books/978-0321349606/orders              | customer | 409 | /books/{isbn}/orders         | 4xx
          DELETE | /books/978-0000000000                     | admin    | 404 | /books/{isbn}                | 4xx
          DELETE | /books/978-0000000000                     | customer | 403 | /books/{isbn}                | 4xx
          GET    | /books/978-0134685991/cover               | -        | 500 | /books/{isbn}/cover          | 5xx
          GET    | /books/978-0134685991/similar             | -        | 200 | /books/{isbn}/similar        | 2xx
          GET    | /books/978-0000000000/similar             | -        | 404 | /books/{isbn}/similar        | 4xx
          GET    | /books/abc                                | -        | 404 | none                         | 4xx
          PATCH  | /books                                    | customer | 405 | none                         | 4xx
          """)
  void eachRequestCountsOnceUnderItsTemplate(
      String method, String path, String user, int status, String handler, String counted) {
    Map<Map<String, String>, Double> before = http.counts();

    HttpResponse<String> response = http.send(method, path, user, null);

    assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
    assertEquals(
        Map.of(labels("method", method, "handler", handler, "status", counted), 1.0),
        http.countsAdded(before, 1));
  }

  @Test
  void anAdminAddsAndRemovesABook() {
    Map<Map<String, String>, Double> before = http.counts();

    assertEquals(201, http.send("POST", "/books?isbn=978-3&title=Added", "admin", null).statusCode());
    assertEquals(204, http.send("DELETE", "/books/978-3", "admin", null).statusCode());

    assertEquals(
        Map.of(
            labels("method", "POST", "handler", "/books", "status", "2xx"), 1.0,
            labels("method", "DELETE", "handler", "/books/{isbn}", "status", "2xx"), 1.0),
        http.countsAdded(before, 2));
  }

  @Test
  void aStreamOfEventsIsTimedUntilItsLastEvent() {
    Map<String, String> series = labels("method", "GET", "handler", "/books/arrivals", "status", "2xx");
    Map<Map<String, String>, Double> before = http.counts();

    HttpResponse<String> events = http.get("/books/arrivals?millis=100");

    assertEquals(3, events.body().split("data:", -1).length - 1, events.body());
    assertEquals(Map.of(series, 1.0), http.countsAdded(before, 1));
    double seconds = http.scrape().value("http_request_duration_seconds_sum", series);
    // Three books, one every 100 ms: the handler returned its Flux at once.
    assertTrue(seconds >= 0.3, "timed " + seconds + " s");
  }

  @Test
  void aMethodOutOfTrackingIsNotCounted() {
    Map<Map<String, String>, Double> before = http.counts();

    assertEquals(200, http.get("/books/count").statusCode());
    assertEquals(200, http.get("/books").statusCode());

    assertEquals(
        Map.of(labels("method", "GET", "handler", "/books", "status", "2xx"), 1.0),
        http.countsAdded(before, 1));
  }
}
