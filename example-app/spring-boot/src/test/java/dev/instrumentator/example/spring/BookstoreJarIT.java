package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.testing.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's command, {@code java -jar example-app/spring-boot/target/bookstore-spring-boot.jar},
 * on the packaged jar: it starts, says what instrumentator times and where to scrape it, and
 * {@code /actuator/prometheus} shows a request under its template.
 */
class BookstoreJarIT {
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
  private static final String TIMED =
      "instrumentator times 7 handler methods of 1 @Instrumented controllers, into actuator's"
          + " Prometheus registry, served at /actuator/prometheus";

  @Test
  void thePackagedAppSaysWhatItTimesAndServesItsMetrics() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process app =
        new ProcessBuilder(
                java.toString(), "-jar", "target/bookstore-spring-boot.jar", "--server.port=0")
            .redirectErrorStream(true)
            .start();
    try {
      StringBuilder output = new StringBuilder();
      int port = Integer.parseInt(awaitLine(app, STARTED, output));
      assertTrue(output.toString().contains(TIMED), output.toString());
      Http http = Http.onPort(port);

      assertEquals("978-0134685991 Effective Java\n", http.get("/books/978-0134685991").body());
      Scrape metrics = http.scrapeAfter(1);
      assertEquals(
          1.0,
          metrics.value(
              "http_request_duration_seconds_count",
              Scrape.labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx")));
    } finally {
      app.destroy();
      assertTrue(app.waitFor(20, TimeUnit.SECONDS), "the app did not stop");
    }
  }

  /**
   * Reads the app's output into {@code seen} until a line matches {@code pattern}; the pattern's
   * first group.
   */
  private static String awaitLine(Process app, Pattern pattern, StringBuilder seen)
      throws Exception {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> found =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  synchronized (seen) {
                    seen.append(line).append('\n');
                  }
                  Matcher matcher = pattern.matcher(line);
                  if (matcher.find()) {
                    return matcher.group(1);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              throw new AssertionError("the app ended before printing " + pattern + ":\n" + seen);
            });
    return found.get(60, TimeUnit.SECONDS);
  }
}
