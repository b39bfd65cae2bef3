package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's command, {@code java -jar example-app/jersey/target/example-app.jar}, on the
 * packaged jar: it starts, says where it listens, serves the bookstore and its metrics, and the
 * command line it prints to try it shows the request it sent in the metrics.
 */
class ExampleAppJarIT {
  private static final Pattern LISTENING =
      Pattern.compile("Bookstore listening on (http://localhost:\\d+)/");
  private static final Pattern TRY = Pattern.compile("Try: (.*)");

  @Test
  void theCommandLineItPrintsShowsTheRequestInTheMetrics() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process app =
        new ProcessBuilder(java.toString(), "-jar", "target/example-app.jar", "0")
            .redirectErrorStream(true)
            .start();
    try {
      String command = awaitLine(app, TRY);
      Process tryIt = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
      String output = new String(tryIt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(tryIt.waitFor(30, TimeUnit.SECONDS), "the command did not end: " + command);

      assertTrue(
          output.contains(
              "http_request_duration_seconds_count{handler=\"/books/{isbn}\",method=\"GET\","
                  + "status=\"2xx\"} 1"),
          "`" + command + "` printed:\n" + output);
    } finally {
      app.destroy();
      assertTrue(app.waitFor(10, TimeUnit.SECONDS), "the app did not stop");
    }
  }

  @Test
  void thePackagedAppServesBooksAndMetrics() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process app =
        new ProcessBuilder(java.toString(), "-jar", "target/example-app.jar", "0")
            .redirectErrorStream(true)
            .start();
    try {
      String base = awaitListening(app);
      HttpClient client =
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      HttpResponse<String> book =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/books/978-0134685991")).build(),
              BodyHandlers.ofString());
      Scrape metrics =
          Scrape.awaitCounted(
              () -> Scrape.parse(send(client, URI.create(base + "/metrics")).body()), 1);

      assertEquals("978-0134685991 Effective Java\n", book.body());
      assertEquals(
          1.0,
          metrics
              .value(
                  "http_request_duration_seconds_count",
                  Scrape.labels("handler", "/books/{isbn}", "method", "GET", "status", "2xx")));
    } finally {
      app.destroy();
      assertTrue(app.waitFor(10, TimeUnit.SECONDS), "the app did not stop");
    }
  }

  private static HttpResponse<String> send(HttpClient client, URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reads the app's output until it says where it listens; its URL. */
  private static String awaitListening(Process app) throws Exception {
    return awaitLine(app, LISTENING);
  }

  /** Reads the app's output until a line matches {@code pattern}; the pattern's first group. */
  private static String awaitLine(Process app, Pattern pattern) throws Exception {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> base =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuilder seen = new StringBuilder();
              try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  seen.append(line).append('\n');
                  Matcher matcher = pattern.matcher(line);
                  if (matcher.find()) {
                    return matcher.group(1);
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              throw new AssertionError("the app ended before printing " + pattern + ":\n" + seen);
            });
    return base.get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
  }
}
