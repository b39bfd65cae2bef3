package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.AgentSpans;
import dev.instrumentator.runtime.testing.PrometheusServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exemplars end to end: the packaged app under the OpenTelemetry Java agent, scraped by a real
 * Prometheus server that stores exemplars. For a synchronous request and two asynchronous ones
 * ({@code CompletionStage}, {@code AsyncResponse}), Prometheus returns an exemplar whose span is
 * the request's server span, and every exemplar's span ended marked {@code exemplar=true}: the
 * request was recorded while its span was still open, so a tail sampler keeps the trace the
 * exemplar names.
 */
@Tag("prometheus")
class ExemplarsIT {
  private static final Pattern LISTENING =
      Pattern.compile("Bookstore listening on (http://localhost:\\d+)/");
  private static final Map<String, String> HANDLERS =
      Map.of(
          "/books/{isbn}", "/books/978-0134685991",
          "/books/{isbn}/similar", "/books/978-0134685991/similar",
          "/books/{isbn}/stock", "/books/978-0134685991/stock");
  private static final Set<String> SYNCHRONOUS = Set.of("/books/{isbn}");

  /**
   * The handlers whose requests must have an exemplar. An asynchronous response is written on the
   * thread that completes it, a common-pool thread here, where the agent (2.33.1) carries the
   * span's context on JDK 17 but not on JDK 25: there no span is current when the response is
   * written (a probe showed it), so none can be sampled, whenever the companion records.
   */
  private static Set<String> expectedHandlers() {
    return Runtime.version().feature() < 25 ? HANDLERS.keySet() : SYNCHRONOUS;
  }

  @Test
  void prometheusStoresTheExemplarOfEachRequestAndItsSpanIsMarked() throws Exception {
    List<String> command =
        new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(AgentSpans.jvmArguments());
    command.addAll(List.of("-jar", "target/example-app.jar", "0"));
    Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
    AppOutput output = new AppOutput(app);
    try {
      String base = output.await(LISTENING);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (String path : HANDLERS.values()) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
        assertEquals(200, client.send(request, BodyHandlers.ofString()).statusCode(), path);
      }

      Map<String, Map<String, String>> exemplars;
      try (PrometheusServer prometheus =
          PrometheusServer.start(
              List.of(URI.create(base).getAuthority()), "/metrics", List.of("exemplar-storage"))) {
        exemplars =
            prometheus.awaitExemplars(
                "http_request_duration_seconds", expectedHandlers(), Duration.ofSeconds(30));
      }

      assertTrue(
          exemplars.keySet().containsAll(expectedHandlers()),
          "handlers with an exemplar: " + exemplars.keySet());
      Map<String, String> marked = AgentSpans.serverSpansMarkedAsExemplars(output.text());
      for (String handler : exemplars.keySet()) {
        Map<String, String> exemplar = exemplars.get(handler);
        assertEquals(
            exemplar.get("trace_id"),
            marked.get(exemplar.get("span_id")),
            handler + ": its exemplar " + exemplar + " is a server span that ended marked"
                + " exemplar=true; the spans so marked: " + marked + "\nthe app printed:\n"
                + output.text());
      }
    } finally {
      app.destroy();
      assertTrue(app.waitFor(10, TimeUnit.SECONDS), "the app did not stop");
    }
  }

  /** The app's output, read by a thread of its own so that the app never blocks on the pipe. */
  private static final class AppOutput {
    private final StringBuilder text = new StringBuilder();

    AppOutput(Process app) {
      Thread reader = new Thread(() -> read(app), "output of " + app.pid());
      reader.setDaemon(true);
      reader.start();
    }

    private void read(Process app) {
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          synchronized (text) {
            text.append(line).append('\n');
            text.notifyAll();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The first group of the first line matching {@code pattern}, once printed (at most 60 s). */
    String await(Pattern pattern) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      synchronized (text) {
        while (System.nanoTime() < deadline) {
          Matcher matcher = pattern.matcher(text);
          if (matcher.find()) {
            return matcher.group(1);
          }
          text.wait(100);
        }
      }
      throw new AssertionError("the app did not print " + pattern + ":\n" + text());
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }
  }
}
