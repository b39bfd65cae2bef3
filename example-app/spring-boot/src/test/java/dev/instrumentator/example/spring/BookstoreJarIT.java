package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.PackagedApp;
import org.junit.jupiter.api.Test;

/**
 * The README's command, {@code java -jar example-app/spring-boot/target/bookstore-spring-boot.jar},
 * on the packaged jar: it starts, says what instrumentator times and where to scrape it, and
 * {@code /actuator/prometheus} shows a request under its template.
 */
class BookstoreJarIT {
  /** The packaged jar, as the README starts it. */
  static final String JAR = "target/bookstore-spring-boot.jar";

  static final String TIMED =
      "instrumentator times 7 handler methods of 1 @Instrumented controllers (Spring MVC), into"
          + " actuator's Prometheus registry, served at /actuator/prometheus";

  @Test
  void thePackagedAppSaysWhatItTimesAndServesItsMetrics() throws Exception {
    try (PackagedApp app = PackagedApp.start(JAR)) {
      Http http = app.http();
      assertTrue(app.output().contains(TIMED), app.output());

      assertEquals("978-0134685991 Effective Java\n", http.get("/books/978-0134685991").body());
      Scrape metrics = http.scrapeAfter(1);
      assertEquals(
          1.0,
          metrics.value(
              "http_request_duration_seconds_count",
              Scrape.labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx")));
    }
  }
}
