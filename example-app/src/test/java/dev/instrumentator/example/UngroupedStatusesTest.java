package dev.instrumentator.example;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With status grouping off, each request counts under the exact status the client received. */
class UngroupedStatusesTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    HttpMetrics.setDefault(
        HttpMetrics.builder().groupStatusCodes(false).registry(registry).build());
    server = RunningServer.start(BookstoreApp.application(Bookstore.withSampleBooks(), registry));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void exactStatuses() {
    assertEquals(201, server.postForm("/books", "isbn=222-2&title=New").statusCode());
    assertEquals(400, server.postForm("/books", "isbn=333-3").statusCode());
    assertEquals(409, server.postForm("/books", "isbn=222-2&title=Again").statusCode());
    assertEquals(200, server.get("/books/222-2").statusCode());
    assertEquals(204, server.delete("/books/222-2").statusCode());
    assertEquals(404, server.delete("/books/222-2").statusCode());
    assertEquals(404, server.get("/books/222-2").statusCode());
    assertEquals(500, server.get("/books/222-2/cover").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/books", "method", "POST", "status", "201"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "400"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "409"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "200"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "204"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "404"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "404"), 1.0,
            labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "500"), 1.0),
        server.scrape().series("http_request_duration_seconds_count"));
  }
}
