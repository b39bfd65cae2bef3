package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code promtool check metrics} (Debian's prometheus package) finds nothing to complain of in a
 * scrape of the example app after traffic on every route: names, units, help, types.
 */
@Tag("prometheus")
class PromtoolTest {

  @Test
  void aScrapeAfterTrafficOnEveryRoutePassesPromtool() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Metrics.reset(registry, HttpMetrics.builder());
    try (JerseyServer server =
        JerseyServer.start(BookstoreApp.application(Bookstore.withSampleBooks()))) {
      server.scrapeAfter(Traffic.onEveryRoute(server));
      String scrape = server.get("/metrics").body();
      assertTrue(scrape.contains("http_request_duration_seconds_bucket"), scrape);

      assertEquals(new Verdict(0, ""), promtoolCheckMetrics(scrape));
    }
  }

  private record Verdict(int exitCode, String output) {}

  private static Verdict promtoolCheckMetrics(String scrape) throws IOException, InterruptedException {
    Process promtool;
    try {
      promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(
          "cannot run promtool: install Debian's package (apt-get install prometheus), which"
              + " these tests need, or leave out -Pprometheus",
          e);
    }
    try (OutputStream in = promtool.getOutputStream()) {
      in.write(scrape.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!promtool.waitFor(30, TimeUnit.SECONDS)) {
      promtool.destroyForcibly();
      throw new AssertionError("promtool did not finish within 30 s");
    }
    return new Verdict(promtool.exitValue(), output);
  }
}
