package dev.instrumentator.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Prometheus server (the {@code prometheus} binary on the PATH, Debian's package), started
 * for one test class on a free loopback port with a temporary data folder, scraping its targets
 * every second; and queries to its HTTP API. Every wait is bounded, and {@link #close()} stops it.
 * For the example apps' tests.
 */
public final class PrometheusServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One element of an instant vector: its labels and its value. */
  public record Sample(Map<String, String> labels, double value) {}

  private final Process process;
  private final Path dataFolder;
  private final URI api;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private PrometheusServer(Process process, Path dataFolder, int port) {
    this.process = process;
    this.dataFolder = dataFolder;
    this.api = URI.create("http://127.0.0.1:" + port);
  }

  /**
   * @param target the {@code host:port} to scrape {@code /metrics} of
   * @param nativeHistograms whether to start with {@code --enable-feature=native-histograms}
   */
  public static PrometheusServer start(String target, boolean nativeHistograms) throws IOException {
    return start(target, "/metrics", nativeHistograms);
  }

  /**
   * @param target the {@code host:port} to scrape
   * @param metricsPath the path it serves its metrics at, such as {@code /actuator/prometheus}
   * @param nativeHistograms whether to start with {@code --enable-feature=native-histograms}
   */
  public static PrometheusServer start(String target, String metricsPath, boolean nativeHistograms)
      throws IOException {
    return start(List.of(target), metricsPath, nativeHistograms);
  }

  /**
   * Scraping several instances of one application, as one job: a fleet.
   *
   * @param targets the {@code host:port} of each instance
   * @param metricsPath the path each serves its metrics at, such as {@code /actuator/prometheus}
   * @param nativeHistograms whether to start with {@code --enable-feature=native-histograms}
   */
  public static PrometheusServer start(
      List<String> targets, String metricsPath, boolean nativeHistograms) throws IOException {
    return start(
        targets, metricsPath, nativeHistograms ? List.of("native-histograms") : List.of());
  }

  /**
   * @param features what to pass to {@code --enable-feature}, such as {@code exemplar-storage}
   */
  public static PrometheusServer start(
      List<String> targets, String metricsPath, List<String> features) throws IOException {
    Path dataFolder = Files.createTempDirectory("prometheus-test");
    Path config = dataFolder.resolve("prometheus.yml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "global:",
            "  scrape_interval: 1s",
            "  evaluation_interval: 1s",
            "scrape_configs:",
            "  - job_name: bookstore",
            "    metrics_path: " + metricsPath,
            "    static_configs:",
            "      - targets: ['" + String.join("', '", targets) + "']",
            ""));
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                "prometheus",
                "--config.file=" + config,
                "--storage.tsdb.path=" + dataFolder.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn"));
    for (String feature : features) {
      command.add("--enable-feature=" + feature);
    }
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dataFolder.resolve("prometheus.log").toFile())
              .start();
    } catch (IOException e) {
      throw new IOException(
          "cannot run prometheus: install Debian's package (apt-get install prometheus), which"
              + " these tests need, or leave out -Pprometheus",
          e);
    }
    PrometheusServer server = new PrometheusServer(process, dataFolder, port);
    server.awaitReady();
    return server;
  }

  /** Runs an instant query; its vector, empty if nothing matches. */
  public List<Sample> query(String promql) {
    URI uri =
        api.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    HttpResponse<String> response = get(uri);
    try {
      JsonNode body = JSON.readTree(response.body());
      if (!"success".equals(body.path("status").asText())) {
        throw new AssertionError("query " + promql + " failed: " + response.body());
      }
      List<Sample> samples = new ArrayList<>();
      for (JsonNode result : body.path("data").path("result")) {
        Map<String, String> labels = new HashMap<>();
        result.path("metric").properties().forEach(f -> labels.put(f.getKey(), f.getValue().asText()));
        samples.add(new Sample(labels, Double.parseDouble(result.path("value").get(1).asText())));
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The exemplars Prometheus stored for the series {@code promql} selects, over the last hour:
   * the labels of each (its {@code trace_id} and {@code span_id}), with the labels of its series
   * under the key {@code series.<name>}.
   */
  public List<Map<String, String>> queryExemplars(String promql) {
    long now = System.currentTimeMillis() / 1000;
    URI uri =
        api.resolve(
            "/api/v1/query_exemplars?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                + "&start=" + (now - 3600) + "&end=" + (now + 60));
    HttpResponse<String> response = get(uri);
    try {
      JsonNode body = JSON.readTree(response.body());
      if (!"success".equals(body.path("status").asText())) {
        throw new AssertionError("exemplar query " + promql + " failed: " + response.body());
      }
      List<Map<String, String>> exemplars = new ArrayList<>();
      for (JsonNode series : body.path("data")) {
        for (JsonNode exemplar : series.path("exemplars")) {
          Map<String, String> labels = new HashMap<>();
          exemplar.path("labels").properties().forEach(f -> labels.put(f.getKey(), f.getValue().asText()));
          series
              .path("seriesLabels")
              .properties()
              .forEach(f -> labels.put("series." + f.getKey(), f.getValue().asText()));
          exemplars.add(labels);
        }
      }
      return exemplars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The exemplar Prometheus stored for each of {@code handlers} in the buckets of {@code
   * histogram}, once it has one for each (at most {@code timeout}); keyed by handler.
   */
  public Map<String, Map<String, String>> awaitExemplars(
      String histogram, Set<String> handlers, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Map<String, String>> byHandler = new HashMap<>();
    while (!byHandler.keySet().containsAll(handlers) && System.nanoTime() < deadline) {
      sleep(500);
      byHandler.clear();
      for (Map<String, String> exemplar : queryExemplars(histogram + "_bucket")) {
        byHandler.putIfAbsent(exemplar.get("series.handler"), exemplar);
      }
    }
    return byHandler;
  }

  /** Runs an instant query; its value by label set. */
  public Map<Map<String, String>, Double> queryByLabels(String promql) {
    Map<Map<String, String>, Double> values = new HashMap<>();
    query(promql).forEach(sample -> values.put(sample.labels(), sample.value()));
    return values;
  }

  /** Queries until the vector satisfies {@code done}, for at most {@code timeout}; the last one. */
  public List<Sample> awaitQuery(String promql, Predicate<List<Sample>> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Sample> samples = query(promql);
    while (!done.test(samples) && System.nanoTime() < deadline) {
      sleep(200);
      samples = query(promql);
    }
    return samples;
  }

  /**
   * Waits until Prometheus has scraped {@code requests} requests in all, as {@code total} counts
   * them; fails if it does not.
   */
  public void awaitCounted(String total, int requests, Duration timeout) {
    List<Sample> counted =
        awaitQuery(
            total, samples -> !samples.isEmpty() && samples.get(0).value() == requests, timeout);
    if (!counted.equals(List.of(new Sample(Map.of(), requests)))) {
      throw new AssertionError("Prometheus scraped " + counted + ", not " + requests + " requests");
    }
  }

  /** The value a quantile query gives one handler, once Prometheus has a rate to compute it on. */
  public double awaitQuantile(String promql, String handler, Duration timeout) {
    Predicate<Sample> ofHandler =
        sample -> handler.equals(sample.labels().get("handler")) && Double.isFinite(sample.value());
    List<Sample> quantiles =
        awaitQuery(promql, samples -> samples.stream().anyMatch(ofHandler), timeout);
    return quantiles.stream()
        .filter(ofHandler)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantile of " + handler + " in " + quantiles))
        .value();
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(dataFolder)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
    }
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("prometheus exited: " + log());
      }
      try {
        if (client.send(HttpRequest.newBuilder(api.resolve("/-/ready")).build(), BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep(100);
    }
    close();
    throw new IllegalStateException("prometheus was not ready within " + START_TIMEOUT);
  }

  private String log() throws IOException {
    return Files.readString(dataFolder.resolve("prometheus.log"));
  }

  private HttpResponse<String> get(URI uri) {
    try {
      return client.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
          BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
