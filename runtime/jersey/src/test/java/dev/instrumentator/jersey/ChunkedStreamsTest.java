package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.streams.StreamsResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code ChunkedOutput}, and the server-sent events Jersey writes through one, lasts after its
 * handler has returned: the request is in progress until the output is closed, and recorded then,
 * timed whole unless {@code excludeStreamingDuration} leaves its writing out. Before, it was
 * recorded, and left the gauge, when its handler returned: 0.005 s for a 4 s stream.
 */
class ChunkedStreamsTest {
  private static final long HELD_MILLIS = 500;
  private static final String GAUGE = "http_requests_inprogress";
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String SUM = "http_request_duration_seconds_sum";

  private static final PrometheusRegistry timedWhole = new PrometheusRegistry();
  private static final PrometheusRegistry writingLeftOut = new PrometheusRegistry();
  private static JerseyServer whole;
  private static JerseyServer leftOut;

  @BeforeAll
  static void start() throws Exception {
    whole = JerseyServer.start(application(timedWhole, false));
    leftOut = JerseyServer.start(application(writingLeftOut, true));
  }

  @AfterAll
  static void stop() {
    whole.close();
    leftOut.close();
  }

  private static ResourceConfig application(
      PrometheusRegistry registry, boolean excludeStreamingDuration) {
    return new ResourceConfig()
        .register(StreamsResource.class)
        .register(StreamsResource.Finished.class)
        .register(
            new InstrumentatorFeature(
                HttpMetrics.builder()
                    .inProgress(true)
                    .inProgressLabels(true)
                    .excludeStreamingDuration(excludeStreamingDuration)
                    .register(registry)))
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/streams/chunks", "/streams/events"})
  void aStreamIsInProgressUntilItEndsAndTimedWhole(String path) throws Exception {
    double before = count(timedWhole, path);
    double sumBefore = sum(timedWhole, path);

    try (BufferedReader body = open(whole, path)) {
      assertTrue(body.readLine().contains("first"));
      assertEquals(1.0, Scrape.of(timedWhole).value(GAUGE, labels("method", "GET", "handler", path)));
      assertEquals(before, count(timedWhole, path), "not recorded while it streams");
      Thread.sleep(HELD_MILLIS);
      StreamsResource.GATE.release();
      assertTrue(body.lines().anyMatch(line -> line.contains("last")));
    }

    assertEquals(before + 1, awaitCount(timedWhole, path, before + 1));
    assertEquals(0.0, awaitGauge(timedWhole, path, 0.0));
    double seconds = sum(timedWhole, path) - sumBefore;
    assertTrue(seconds >= HELD_MILLIS / 1e3, "the whole stream is timed: " + seconds + " s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/streams/chunks", "/streams/events"})
  void withTheOptionAStreamIsRecordedWhenItEndsWithoutItsWriting(String path) throws Exception {
    double before = count(writingLeftOut, path);
    double sumBefore = sum(writingLeftOut, path);

    try (BufferedReader body = open(leftOut, path)) {
      assertTrue(body.readLine().contains("first"));
      assertEquals(
          1.0, Scrape.of(writingLeftOut).value(GAUGE, labels("method", "GET", "handler", path)));
      assertEquals(before, count(writingLeftOut, path), "not recorded while it streams");
      Thread.sleep(HELD_MILLIS);
      StreamsResource.GATE.release();
      assertTrue(body.lines().anyMatch(line -> line.contains("last")));
    }

    assertEquals(before + 1, awaitCount(writingLeftOut, path, before + 1));
    assertEquals(0.0, awaitGauge(writingLeftOut, path, 0.0));
    double seconds = sum(writingLeftOut, path) - sumBefore;
    assertTrue(seconds < HELD_MILLIS / 2e3, "the writing is left out: " + seconds + " s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/streams/chunks", "/streams/events"})
  void aClientThatLeavesMidStreamEndsTheRequestOnce(String path) throws Exception {
    double before = count(timedWhole, path);

    try (BufferedReader body = open(whole, path)) {
      assertTrue(body.readLine().contains("first"));
    }
    StreamsResource.GATE.release();

    assertEquals(before + 1, awaitCount(timedWhole, path, before + 1));
    assertEquals(0.0, awaitGauge(timedWhole, path, 0.0));
  }

  private static BufferedReader open(JerseyServer server, String path) throws Exception {
    HttpResponse<InputStream> response =
        server
            .client()
            .send(
                HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(10)).build(),
                BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
  }

  private static Map<String, String> series(String path) {
    return labels("method", "GET", "handler", path, "status", "2xx");
  }

  private static double count(PrometheusRegistry registry, String path) {
    return Scrape.of(registry).series(COUNT).getOrDefault(series(path), 0.0);
  }

  private static double sum(PrometheusRegistry registry, String path) {
    return Scrape.of(registry).series(SUM).getOrDefault(series(path), 0.0);
  }

  /**
   * The in-progress gauge once it reads {@code expected}, or after 5 s: a request is counted a
   * moment before it leaves the gauge, on the thread that ends it.
   */
  private static double awaitGauge(PrometheusRegistry registry, String path, double expected)
      throws Exception {
    Map<String, String> series = labels("method", "GET", "handler", path);
    return await(() -> Scrape.of(registry).value(GAUGE, series), expected);
  }

  /**
   * The count once it has reached {@code expected}, or after 5 s: a request is recorded a moment
   * after the client has it all.
   */
  private static double awaitCount(PrometheusRegistry registry, String path, double expected)
      throws Exception {
    return await(() -> count(registry, path), expected);
  }

  /** What {@code value} reads once it reads {@code expected}, or after 5 s. */
  private static double await(DoubleSupplier value, double expected) throws Exception {
    for (int i = 0; i < 500 && value.getAsDouble() != expected; i++) {
      Thread.sleep(10);
    }
    return value.getAsDouble();
  }
}
