package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.runtime.testing.Wire;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.traffic.TrafficApplication;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that leaves is counted once, when the server learns it, with the status the
 * application answered: Spring MVC on Tomcat learns only when it writes, so a handler that was
 * still running counts its own status and its whole time, and a stream cut off counts the status
 * it had sent, as Spring's own {@code http.server.requests} does. Each case prints its figures for
 * the table in docs/spring.md.
 */
class ClientLeavesTest {
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String SUM = "http_request_duration_seconds_sum";
  private static final String SPRINGS = "http_server_requests_seconds_count";

  private static App app;
  private static Http http;

  @BeforeAll
  static void start() {
    app = App.start(TrafficApplication.class, "instrumentator.group-status-codes=false");
    http = app.http();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aClientThatLeavesWhileItsHandlerRunsCountsTheHandlersStatusAndWholeTime() {
    Map<String, String> series = labels("method", "GET", "handler", "/traffic/slow", "status", "200");
    Map<Map<String, String>, Double> before = http.counts();

    Wire.onPort(app.port()).leaveAfter("GET", "/traffic/slow?millis=600", 100);

    assertEquals(Map.of(series, 1.0), http.countsAdded(before, 1));
    double seconds = http.scrape().value(SUM, series);
    assertTrue(seconds >= 0.6, "timed " + seconds + " s");
    System.out.println(
        "Spring MVC, a client gone before the answer: 200, timed " + seconds + " s; Spring's own: "
            + springsOwn("/traffic/slow"));
  }

  @Test
  void aClientThatLeavesMidStreamCountsTheStatusSent() {
    Map<Map<String, String>, Double> before = http.counts();

    Wire.onPort(app.port()).abandon("GET", "/traffic/stream?millis=50", 20);

    assertEquals(
        Map.of(labels("method", "GET", "handler", "/traffic/stream", "status", "200"), 1.0),
        http.countsAdded(before, 1));
    System.out.println(
        "Spring MVC, a client gone mid-stream: 200; Spring's own: " + springsOwn("/traffic/stream"));
  }

  /** The statuses and outcomes Spring's own metrics recorded for {@code uri}. */
  private static String springsOwn(String uri) {
    Scrape scrape = http.scrape();
    StringBuilder seen = new StringBuilder();
    scrape.series(SPRINGS).forEach(
        (labels, count) -> {
          if (uri.equals(labels.get("uri"))) {
            seen.append("status=").append(labels.get("status")).append(" outcome=")
                .append(labels.get("outcome")).append(' ');
          }
        });
    return seen.toString().strip();
  }
}
