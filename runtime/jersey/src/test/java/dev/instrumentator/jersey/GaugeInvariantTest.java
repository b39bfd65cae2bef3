package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.faults.TrafficResource;
import dev.instrumentator.jersey.streams.StreamsResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.FaultyListeners;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.runtime.testing.Wire;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-progress gauge is exact under faults: after any mix of requests, sent eight at a time
 * (HEAD, mapped and unmapped exceptions, refusals before and after matching, unknown paths and
 * methods, asynchronous answers and time-outs, clients that leave before the answer, mid-body and
 * mid-stream, chunked output and server-sent events), with listeners that throw, err, hang and
 * lag, once no request is in flight every series of the gauge reads 0, labelled or not, and
 * every request was counted once.
 */
class GaugeInvariantTest {
  private static final int REQUESTS = 400;
  private static final String GAUGE = "http_requests_inprogress";
  private static final String HISTOGRAM = "http_request_duration_seconds";

  /**
   * Answered by the OPTIONS method Jersey adds to every resource, which no decorator times: not
   * counted, as docs/jersey.md says.
   */
  private static final Consumer<Wire> OPTIONS = wire -> wire.exchange("OPTIONS", "/traffic/ok", null);

  /** Each kind of request, as the client sends it. */
  private static final List<Consumer<Wire>> KINDS =
      List.of(
          wire -> wire.exchange("GET", "/traffic/ok", null),
          wire -> wire.exchange("HEAD", "/traffic/ok", null),
          wire -> wire.exchange("GET", "/traffic/missing", null),
          wire -> wire.exchange("GET", "/traffic/broken", null),
          wire -> wire.exchange("GET", "/traffic/async", null),
          wire -> wire.exchange("GET", "/traffic/timeout", null),
          wire -> wire.exchange("GET", "/traffic/ok", null, "X-Refuse: early"),
          wire -> wire.exchange("GET", "/traffic/ok", null, "X-Refuse: late"),
          wire -> wire.exchange("GET", "/nowhere", null),
          wire -> wire.exchange("PUT", "/traffic/ok", "x"),
          OPTIONS,
          wire -> wire.abandon("GET", "/traffic/slow?millis=30", 0),
          wire -> wire.abandon("GET", "/traffic/stream?millis=5", 20),
          wire -> wire.exchange("GET", "/streams/chunks", null),
          wire -> wire.abandon("GET", "/streams/chunks", 10),
          wire -> wire.abandon("GET", "/streams/events", 10));

  private static final FaultyListeners listeners = new FaultyListeners();
  private static final PrometheusRegistry labelled = new PrometheusRegistry();
  private static final PrometheusRegistry unlabelled = new PrometheusRegistry();
  private static JerseyServer withLabels;
  private static JerseyServer withoutLabels;

  @BeforeAll
  static void start() throws Exception {
    withLabels = JerseyServer.start(application(labelled, true));
    withoutLabels = JerseyServer.start(application(unlabelled, false));
    StreamsResource.GATE.release(1_000_000); // streams run to their end unless cut
  }

  @AfterAll
  static void stop() {
    withLabels.close();
    withoutLabels.close();
    listeners.close();
  }

  private static ResourceConfig application(PrometheusRegistry registry, boolean inProgressLabels) {
    return new ResourceConfig()
        .register(TrafficResource.class)
        .register(TrafficResource.EarlyRefusal.class)
        .register(TrafficResource.LateRefusal.class)
        .register(StreamsResource.class)
        .register(StreamsResource.Finished.class)
        .register(
            new InstrumentatorFeature(
                HttpMetrics.builder()
                    .inProgress(true)
                    .inProgressLabels(inProgressLabels)
                    .sizes(true)
                    .requestsTotal(true)
                    .listeners(listeners.listeners())
                    .register(registry)))
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  @Test
  void afterAnyMixOfRequestsEveryInProgressSeriesReadsZero() throws Exception {
    int counted = send(withLabels, 1);
    assertEquals(counted, send(withoutLabels, 1));

    Map<Map<String, String>, Double> withLabelsGauge = awaitIdle(labelled);
    Map<Map<String, String>, Double> withoutLabelsGauge = awaitIdle(unlabelled);
    assertTrue(withLabelsGauge.size() > 5, "a series per method and route: " + withLabelsGauge);
    assertEquals(1, withoutLabelsGauge.size(), withoutLabelsGauge.toString());
    assertEquals(
        counted, Scrape.awaitCounted(() -> Scrape.of(labelled).only(HISTOGRAM), counted).counted());
    assertEquals(
        counted,
        Scrape.awaitCounted(() -> Scrape.of(unlabelled).only(HISTOGRAM), counted).counted());
    System.out.println(
        "Jersey: " + 2 * REQUESTS + " requests, gauge 0 everywhere ("
            + (withLabelsGauge.size() + withoutLabelsGauge.size()) + " series)");
  }

  /**
   * {@value #REQUESTS} requests of kinds drawn at random, eight at a time.
   *
   * @return how many are to be counted
   */
  private static int send(JerseyServer server, long seed) throws Exception {
    Wire wire = Wire.onPort(server.uri("/").getPort());
    Random random = new Random(seed);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> sent = new ArrayList<>();
      int counted = 0;
      for (int i = 0; i < REQUESTS; i++) {
        Consumer<Wire> kind = KINDS.get(i < KINDS.size() ? i : random.nextInt(KINDS.size()));
        counted += kind == OPTIONS ? 0 : 1;
        sent.add(clients.submit(() -> kind.accept(wire)));
      }
      for (Future<?> request : sent) {
        request.get();
      }
      return counted;
    } finally {
      clients.shutdown();
    }
  }

  /** The gauge's series once every one reads 0, or after 10 s, when the test fails. */
  private static Map<Map<String, String>, Double> awaitIdle(PrometheusRegistry registry)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<Map<String, String>, Double> gauge = Scrape.of(registry).series(GAUGE);
    while (gauge.values().stream().anyMatch(value -> value != 0.0) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      gauge = Scrape.of(registry).series(GAUGE);
    }
    assertTrue(
        gauge.values().stream().allMatch(value -> value == 0.0), "in progress still: " + gauge);
    return gauge;
  }
}
