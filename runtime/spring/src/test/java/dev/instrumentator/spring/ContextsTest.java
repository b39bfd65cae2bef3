package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application contexts in one JVM, as Spring's test framework keeps them, serving the same
 * decorators: each request counts in the context that served it, under that context's options,
 * and never in the other.
 */
class ContextsTest {
  private static App grouped;
  private static App detailed;

  @BeforeAll
  static void start() {
    grouped = App.start(TestApplication.class);
    detailed =
        App.start(
            TestApplication.class,
            "instrumentator.group-status-codes=false",
            "instrumentator.ignore-untemplated=true");
  }

  @AfterAll
  static void stop() {
    grouped.close();
    detailed.close();
  }

  @Test
  void eachContextCountsItsOwnRequestsUnderItsOwnOptions() {
    Http one = grouped.http();
    Http two = detailed.http();
    Map<Map<String, String>, Double> oneBefore = one.counts();
    Map<Map<String, String>, Double> twoBefore = two.counts();

    for (int i = 0; i < 3; i++) {
      one.get("/status/items/1");
      two.get("/status/items/2");
      two.get("/status/items/3");
      one.get("/nowhere");
      two.get("/nowhere"); // ignored there
    }

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/status/items/{id}", "status", "2xx"), 3.0,
            labels("method", "GET", "handler", "none", "status", "4xx"), 3.0),
        one.countsAdded(oneBefore, 6));
    assertEquals(
        Map.of(labels("method", "GET", "handler", "/status/items/{id}", "status", "200"), 6.0),
        two.countsAdded(twoBefore, 6));
    assertNotSame(
        grouped.context().getBean(HttpMetrics.class), detailed.context().getBean(HttpMetrics.class));
  }
}
