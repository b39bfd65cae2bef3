package dev.instrumentator.example;

import static dev.instrumentator.example.Metrics.COUNT;
import static dev.instrumentator.example.Metrics.SUM;
import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.InstrumentatorAutoDiscoverable;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decorators registered alone, without the JAX-RS companion: each call of a timed method
 * counts, with the status the method's outcome implies, for the time the method took. What only
 * the companion sees is documented here too, as the README states it.
 */
class DecoratorsWithoutCompanionTest {
  private static final String BOOK = "/books/978-0134685991";
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    ResourceConfig decoratorsOnly =
        BookstoreApp.withoutResources(Bookstore.withSampleBooks())
            .property(InstrumentatorAutoDiscoverable.ENABLED, false)
            .register(BookResource_Instrumented.class)
            .register(StoreResource_Instrumented.class);
    server = JerseyServer.start(decoratorsOnly);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freshMetrics() {
    Metrics.reset(registry, HttpMetrics.builder());
  }

  @Test
  void eachCallOfATimedMethodCountsUnderItsTemplate() {
    server.get("/books");
    server.get(BOOK);
    server.get("/books/000-0");
    server.postForm("/books", "isbn=555-5&title=Alone");
    server.delete("/books/555-5");
    server.get(BOOK + "/cover");

    assertEquals(
        Map.of(
            labels("handler", "/books", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "GET", "status", "4xx"), 1.0,
            labels("handler", "/books", "method", "POST", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}", "method", "DELETE", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}/cover", "method", "GET", "status", "5xx"), 1.0),
        server.scrapeAfter(6).series(COUNT));
  }

  @Test
  void whatOnlyTheCompanionSees() {
    server.get("/no/such/page"); // matched no route: never reaches a decorator
    server.request("HEAD", "/books"); // served by the GET method: counts as GET
    server.post("/books/978-0321349606/orders"); // a 409 from a mapper: the method threw, 500
    server.get(BOOK + "/reviews/1"); // a sub-resource: its own template only

    assertEquals(
        Map.of(
            labels("handler", "/books", "method", "GET", "status", "2xx"), 1.0,
            labels("handler", "/books/{isbn}/orders", "method", "POST", "status", "5xx"), 1.0,
            labels("handler", "/{n}", "method", "GET", "status", "2xx"), 1.0),
        server.scrapeAfter(3).series(COUNT));
  }

  @Test
  void anAsynchronousHandlerIsTimedOnlyUntilItReturns() {
    assertEquals(200, server.get(BOOK + "/similar").statusCode());

    double took =
        server.scrapeAfter(1)
            .value(SUM, labels("handler", "/books/{isbn}/similar", "method", "GET", "status", "2xx"));
    assertTrue(took < 0.2, "took " + took + " s, though the answer came after 200 ms");
  }
}
