package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.Http;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Each request counts once, under the template its handler method declares and the status the
 * client received, whichever way Spring decided it: {@code ResponseEntity}, {@code
 * @ResponseStatus}, {@code void}, an {@code @ExceptionHandler}, {@code ResponseStatusException},
 * an exception class's {@code @ResponseStatus}, an unhandled exception; and under {@code none}
 * when no handler method matched. A request of a method outside HTTP's counts as {@code _OTHER}
 * (Spring Security's firewall refuses it: 400). Over real HTTP, scraped from {@code
 * /actuator/prometheus}.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class StatusesTest {
  @Value("${local.server.port}")
  int port;

  private Http http;

  @BeforeEach
  void client() {
    http = Http.onPort(port);
  }

  @ParameterizedTest(name = "{0} {1} as {2}: {3}, counted {4} {5} {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          GET    | /status/entity/202       | -      | 202 | GET    | /status/entity/{code}   | 2xx
          GET    | /status/entity/503       | -      | 503 | GET    | /status/entity/{code}   | 5xx
          POST   | /status/created          | -      | 201 | POST   | /status/created         | 2xx
          PUT    | /status/void             | -      | 200 | PUT    | /status/void            | 2xx
          GET    | /status/conflict/7       | -      | 409 | GET    | /status/conflict/{id}   | 4xx
          GET    | /status/missing/7        | -      | 404 | GET    | /status/missing/{id}    | 4xx
          GET    | /status/gone             | -      | 410 | GET    | /status/gone            | 4xx
          GET    | /status/boom             | -      | 500 | GET    | /status/boom            | 5xx
          GET    | /status/items/42         | -      | 200 | GET    | /status/items/{id}      | 2xx
          GET    | /status/one              | -      | 200 | GET    | /status/one             | 2xx
          GET    | /status/two/2            | -      | 200 | GET    | /status/two/{n}         | 2xx
          GET    | /status/any              | -      | 200 | GET    | /status/any             | 2xx
          DELETE | /status/any              | -      | 200 | DELETE | /status/any             | 2xx
          GET    | /status/legacy           | -      | 200 | GET    | /status/legacy          | 2xx
          GET    | /status/files/a/b.txt    | -      | 200 | GET    | /status/files/**        | 2xx
          GET    | /status/rest/a/b         | -      | 200 | GET    | /status/rest/{*rest}    | 2xx
          HEAD   | /status/items/42         | -      | 200 | HEAD   | /status/items/{id}      | 2xx
          BREW   | /status/any              | -      | 400 | _OTHER | /status/any             | 4xx
          GET    | /reports/summary         | -      | 401 | GET    | /reports/summary        | 4xx
          GET    | /reports/7               | reader | 403 | GET    | /reports/{id}           | 4xx
          GET    | /admin/stats             | reader | 403 | GET    | /admin/stats            | 4xx
          GET    | /status/items/x          | -      | 404 | GET    | none                    | 4xx
          GET    | /nowhere                 | reader | 404 | GET    | none                    | 4xx
          GET    | /nowhere                 | -      | 401 | GET    | none                    | 4xx
          DELETE | /status/created          | -      | 405 | DELETE | none                    | 4xx
          """)
  void aRequestCountsOnceUnderItsTemplateWithTheStatusTheClientGot(
      String method,
      String path,
      String user,
      int status,
      String countedMethod,
      String handler,
      String countedStatus) {
    Map<Map<String, String>, Double> before = http.counts();

    assertEquals(status, http.send(method, path, user, null).statusCode(), method + " " + path);

    assertEquals(
        Map.of(labels("method", countedMethod, "handler", handler, "status", countedStatus), 1.0),
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
    assertEquals(200, http.send("GET", "/status/one", null, null).statusCode());

    // Only the second: had the first counted too, two requests would have been added.
    assertEquals(
        Map.of(labels("method", "GET", "handler", "/status/one", "status", "2xx"), 1.0),
        http.countsAdded(before, 1));
  }
}
