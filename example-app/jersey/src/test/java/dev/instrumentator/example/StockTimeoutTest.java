package dev.instrumentator.example;

import static dev.instrumentator.example.Metrics.SUM;
import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A suspended request that times out counts with the 503 it answers, when it answers. */
class StockTimeoutTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    // The warehouse takes 2 s; a stock check gives up after 300 ms.
    Bookstore slowWarehouse =
        Bookstore.withSampleBooks(Duration.ofSeconds(2), Duration.ofMillis(300));
    server = JerseyServer.start(BookstoreApp.application(slowWarehouse));
    Metrics.reset(registry, HttpMetrics.builder().groupStatusCodes(false));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aTimedOutStockCheckIs503AfterTheTimeout() {
    assertEquals(503, server.get("/books/978-0134685991/stock").statusCode());

    Map<String, String> timedOut =
        labels("handler", "/books/{isbn}/stock", "method", "GET", "status", "503");
    Scrape scrape = server.scrapeAfter(1);
    assertEquals(Map.of(timedOut, 1.0), scrape.series(Metrics.COUNT));
    double took = scrape.value(SUM, timedOut);
    assertTrue(took >= 0.3 && took < 1.5, "took " + took + " s");
  }
}
