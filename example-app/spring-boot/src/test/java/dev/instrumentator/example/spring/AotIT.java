package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.PackagedApp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started from what Spring AOT generated at build time ({@code process-aot}, run
 * with {@code -Dspring.aot.enabled=true}): the generated bean definitions make the controller's
 * decorator, so its requests are timed as without AOT, security included (docs/design.md, S14).
 */
class AotIT {

  @Test
  void theAotProcessedAppServesTheDecoratorAndRecordsItsRequests() throws Exception {
    try (PackagedApp app = PackagedApp.start(BookstoreJarIT.JAR, List.of("-Dspring.aot.enabled=true"))) {
      Http http = app.http();
      assertTrue(app.output().contains("Starting AOT-processed"), app.output());
      assertTrue(app.output().contains(BookstoreJarIT.TIMED), app.output());

      assertEquals("978-0134685991 Effective Java\n", http.get("/books/978-0134685991").body());
      // @PreAuthorize("hasRole('ADMIN')") refuses a customer.
      assertEquals(403, http.send("DELETE", "/books/978-0134685991", "customer", null).statusCode());
      Scrape metrics = http.scrapeAfter(2);
      assertEquals(
          1.0,
          metrics.value(
              "http_request_duration_seconds_count",
              Scrape.labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx")));
      assertEquals(
          1.0,
          metrics.value(
              "http_request_duration_seconds_count",
              Scrape.labels("handler", "/books/{isbn}", "method", "DELETE", "status", "4xx")));
    }
  }
}
