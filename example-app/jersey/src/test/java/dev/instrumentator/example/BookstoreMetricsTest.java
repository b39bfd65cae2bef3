package dev.instrumentator.example;

import static dev.instrumentator.example.Metrics.COUNT;
import static dev.instrumentator.example.Metrics.SUM;
import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.core.MediaType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example app as it runs, decorators and JAX-RS companion, on a real server: what a client
 * receives is what /metrics shows.
 */
class BookstoreMetricsTest {
  private static final String BOOK = "/books/978-0134685991";
  private static final String OUT_OF_STOCK = "/books/978-0321349606";
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = JerseyServer.start(BookstoreApp.application(Bookstore.withSampleBooks()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void defaultMetrics() {
    Metrics.reset(registry, HttpMetrics.builder());
  }

  @Test
  void everyRouteCountsUnderItsDeclaredTemplateWithGroupedStatuses() {
    assertEquals(200, server.get("/").statusCode());
    assertEquals(200, server.get("/books").statusCode());
    assertEquals(200, server.get("/books").statusCode());
    assertEquals(200, server.get(BOOK).statusCode());
    assertEquals(404, server.get("/books/000-0000000000").statusCode());
    assertEquals(201, server.postForm("/books", "isbn=111-1&title=New").statusCode());
    assertEquals(409, server.postForm("/books", "isbn=111-1&title=Again").statusCode());
    assertEquals(204, server.delete("/books/111-1").statusCode());
    assertEquals(500, server.get(BOOK + "/cover").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books", "method", "GET", "status", "2xx"), 2.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "4xx"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "2xx"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "4xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "5xx"), 1.0),
        server.scrapeAfter(9).series(COUNT));
  }

  @Test
  void exactStatusesWhenGroupingIsOff() {
    Metrics.reset(registry, HttpMetrics.builder().groupStatusCodes(false));

    assertEquals(201, server.postForm("/books", "isbn=222-2&title=New").statusCode());
    assertEquals(400, server.postForm("/books", "isbn=333-3").statusCode());
    assertEquals(409, server.postForm("/books", "isbn=222-2&title=Again").statusCode());
    assertEquals(200, server.get("/books/222-2").statusCode());
    assertEquals(204, server.delete("/books/222-2").statusCode());
    assertEquals(404, server.delete("/books/222-2").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/books", "method", "POST", "status", "201"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "400"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "409"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "200"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "204"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "404"), 1.0),
        server.scrapeAfter(6).series(COUNT));
  }

  @Test
  void requestsThatMatchNoRouteCountUnderNoneWithTheStatusSent() {
    Metrics.reset(registry, HttpMetrics.builder().groupStatusCodes(false));

    assertEquals(404, server.get("/no/such/page").statusCode());
    assertEquals(405, server.post(BOOK).statusCode());
    assertEquals(406, server.request("GET", "/books", "Accept", "application/json").statusCode());
    assertEquals(
        415,
        server.request("POST", "/books", "Content-Type", "application/json").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "none", "method", "GET", "status", "404"), 1.0,
            labels("handler", "none", "method", "POST", "status", "405"), 1.0,
            labels("handler", "none", "method", "GET", "status", "406"), 1.0,
            labels("handler", "none", "method", "POST", "status", "415"), 1.0),
        server.scrapeAfter(4).series(COUNT));
  }

  @Test
  void aHandlersOwnNotFoundKeepsItsTemplate() {
    Metrics.reset(registry, HttpMetrics.builder().groupStatusCodes(false));

    assertEquals(404, server.get("/books/000-0").statusCode());
    assertEquals(404, server.get("/books/000-0/similar").statusCode());
    assertEquals(404, server.get("/books/000-0/stock").statusCode());
    assertEquals(404, server.get(BOOK + "/reviews/9").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/books/{isbn}", "method", "GET", "status", "404"), 1.0,
            labels("handler", "/books/{isbn}/similar", "method", "GET", "status", "404"), 1.0,
            labels("handler", "/books/{isbn}/stock", "method", "GET", "status", "404"), 1.0,
            labels("handler", "/books/{isbn}/reviews/{n}", "method", "GET", "status", "404"), 1.0),
        server.scrapeAfter(4).series(COUNT));
  }

  @Test
  void anExceptionCountsWithTheStatusItsMapperGaveOr500() {
    Metrics.reset(registry, HttpMetrics.builder().groupStatusCodes(false));

    assertEquals(409, server.post(OUT_OF_STOCK + "/orders").statusCode());
    assertEquals(500, server.get(BOOK + "/cover").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/books/{isbn}/orders", "method", "POST", "status", "409"), 1.0,
            labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "500"), 1.0),
        server.scrapeAfter(2).series(COUNT));
  }

  @Test
  void theMethodLabelIsTheRequestsOwn() {
    assertEquals(200, server.request("HEAD", "/books").statusCode());
    assertEquals(405, server.request("PROPFIND", "/books").statusCode());
    assertEquals(405, server.request("BREW", BOOK).statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/books", "method", "HEAD", "status", "2xx"), 1.0,
            labels("handler", "none", "method", "_OTHER", "status", "4xx"), 2.0),
        server.scrapeAfter(3).series(COUNT));
  }

  @Test
  void aSubResourceCountsUnderItsLocatorsTemplateAndItsOwn() {
    assertEquals(200, server.get(BOOK + "/reviews").statusCode());
    assertEquals(200, server.get(BOOK + "/reviews/2").statusCode());

    assertEquals(
        Map.of(
            labels("handler", "/books/{isbn}/reviews", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}/reviews/{n}", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(2).series(COUNT));
  }

  @Test
  void asynchronousHandlersAreTimedUntilTheirResponse() {
    // The services answer after 200 ms; the handlers return at once.
    assertEquals(200, server.get(BOOK + "/similar").statusCode());
    assertEquals(200, server.get(BOOK + "/stock").statusCode());

    Scrape scrape = server.scrapeAfter(2);
    assertTookAbout(0.2, scrape, "/books/{isbn}/similar");
    assertTookAbout(0.2, scrape, "/books/{isbn}/stock");
  }

  @Test
  void everyRequestCountsOnceWhateverItsFate() {
    List<HttpResponse<String>> responses =
        List.of(
            server.get("/"),
            server.get(BOOK),
            server.get("/books/000-0"),
            server.request("HEAD", BOOK),
            server.postForm("/books", "isbn=444-4&title=Mixed"),
            server.postForm("/books", "isbn=444-4&title=Mixed"),
            server.delete("/books/444-4"),
            server.post(OUT_OF_STOCK + "/orders"),
            server.post("/books/978-1617294945/orders"),
            server.get(BOOK + "/cover"),
            server.get(BOOK + "/similar"),
            server.get(BOOK + "/stock"),
            server.get("/books/000-0/stock"),
            server.get(BOOK + "/reviews/1"),
            server.get("/nowhere"),
            server.post(BOOK),
            server.request("GET", "/books", "Accept", "application/json"),
            server.request("BREW", BOOK));
    // Not timed, by design: @DoNotTrack routes and the metrics endpoint.
    server.get("/books/count");
    server.get("/health");

    // Waits for the last of them to be recorded, then gives any extra a moment to show up.
    server.scrapeAfter(responses.size());
    sleep(100);
    double counted =
        server.scrape().series(COUNT).values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(responses.size(), counted);
  }

  @Test
  void metricsAreServedInThePrometheusTextFormat() {
    server.get("/books");

    HttpResponse<String> response = server.get("/metrics");

    // Compared as media types: Jersey may reorder the parameters.
    assertEquals(
        MediaType.valueOf(PrometheusTextFormatWriter.CONTENT_TYPE),
        MediaType.valueOf(response.headers().firstValue("Content-Type").orElseThrow()));
    assertTrue(
        response.body().contains(
            "# HELP http_request_duration_seconds Duration of HTTP requests in seconds\n"
                + "# TYPE http_request_duration_seconds histogram\n"),
        response.body());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void assertTookAbout(double seconds, Scrape scrape, String handler) {
    double took = scrape.value(SUM, labels("handler", handler, "method", "GET", "status", "2xx"));
    assertTrue(took >= seconds && took < seconds + 0.5, handler + " took " + took + " s");
  }
}
