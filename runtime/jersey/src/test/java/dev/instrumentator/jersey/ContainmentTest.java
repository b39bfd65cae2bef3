package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.faults.TrafficResource;
import dev.instrumentator.jersey.streams.StreamsResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.Faults;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.FaultyListeners;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Wire;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A failure of the metrics never alters a response: with every option on, listeners that throw a
 * {@code RuntimeException}, throw an {@code Error} and hang, a registry whose data points throw
 * either, and a collector in the registry that throws either or hangs while {@code /metrics} is
 * scraped, every response is byte for byte the uninstrumented twin's (status line, headers but the
 * date, body); each kind of failure is logged once; and the well-behaved listener still hears every
 * request recorded. A data point that hangs is left out: prometheus-metrics' data points take no
 * lock and wait for nothing, and one that hung would hold its request, as it is recorded on the
 * request's thread.
 */
class ContainmentTest {
  /** Every kind of outcome: method, path, headers. */
  private static final List<String[]> REQUESTS =
      List.of(
          new String[] {"GET", "/traffic/ok"},
          new String[] {"HEAD", "/traffic/ok"},
          new String[] {"GET", "/traffic/missing"},
          new String[] {"GET", "/traffic/broken"},
          new String[] {"GET", "/traffic/async"},
          new String[] {"GET", "/traffic/timeout"},
          new String[] {"GET", "/traffic/ok", "X-Refuse: early"},
          new String[] {"GET", "/traffic/ok", "X-Refuse: late"},
          new String[] {"GET", "/traffic/stream?millis=1"},
          new String[] {"GET", "/streams/chunks"},
          new String[] {"GET", "/streams/events"},
          new String[] {"GET", "/nowhere"},
          new String[] {"PUT", "/traffic/ok"});

  private static final FaultyListeners listeners = new FaultyListeners();
  private static final Faults faults = new Faults();
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static final CountDownLatch scrapes = new CountDownLatch(1);
  private static JerseyServer original;
  private static JerseyServer instrumented;
  private static LogCapture log;

  @BeforeAll
  static void start() throws Exception {
    log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics");
    original = JerseyServer.start(application().property(InstrumentatorAutoDiscoverable.ENABLED, false));
    HttpMetrics metrics =
        faults
            .inject(
                HttpMetrics.builder()
                    .inProgress(true)
                    .inProgressLabels(true)
                    .sizes(true)
                    .requestsTotal(true)
                    .createSeriesAtStartup(true)
                    .excludeStreamingDuration(true)
                    .listeners(listeners.listeners()))
            .register(registry);
    instrumented =
        JerseyServer.start(
            application().register(new InstrumentatorFeature(metrics)).register(new MetricsEndpoint().registry(registry)));
    StreamsResource.GATE.release(1_000_000);
    registry.register(ContainmentTest::collect);
  }

  @AfterAll
  static void stop() {
    scrapes.countDown();
    original.close();
    instrumented.close();
    listeners.close();
    log.close();
  }

  private static ResourceConfig application() {
    return new ResourceConfig()
        .register(TrafficResource.class)
        .register(TrafficResource.EarlyRefusal.class)
        .register(TrafficResource.LateRefusal.class)
        .register(StreamsResource.class)
        .register(StreamsResource.Finished.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  @Test
  void everyResponseIsTheTwinsWhateverFailsAndEachFailureIsLoggedOnce() throws Exception {
    Wire twin = Wire.onPort(original.uri("/").getPort());
    Wire wire = Wire.onPort(instrumented.uri("/").getPort());
    int compared = 0;
    List<String> differences = new ArrayList<>();
    // The listeners fail on every request. The registry's data points and a collector scraped
    // meanwhile fail with each fault in turn; then they work.
    List<Throwable> registryFaults = new ArrayList<>(List.of(THROWN, ERROR, HANGS));
    registryFaults.add(null);
    for (Throwable fault : registryFaults) {
      collectorFault = fault;
      if (fault == null || fault == HANGS) {
        faults.clear(); // a data point that hangs would hang its request: see the class comment
      } else {
        faults.set(fault);
      }
      CompletableFuture<HttpResponse<String>> scrape =
          instrumented.client().sendAsync(
              HttpRequest.newBuilder(instrumented.uri("/metrics")).build(), BodyHandlers.ofString());
      for (int round = 0; round < 2; round++) {
        for (String[] request : REQUESTS) {
          String[] headers = List.of(request).subList(2, request.length).toArray(String[]::new);
          String expected = Wire.comparable(twin.exchange(request[0], request[1], null, headers));
          String actual = Wire.comparable(wire.exchange(request[0], request[1], null, headers));
          compared++;
          if (!expected.equals(actual)) {
            differences.add(request[0] + " " + request[1] + "\n" + expected + "\n---\n" + actual);
          }
        }
      }
      if (fault != HANGS) {
        assertEquals(fault == null ? 200 : 500, scrape.join().statusCode(), "the scrape, " + fault);
      }
    }

    assertEquals(List.of(), differences);
    // Each kind of failure once, listeners' and registry's alike (the same classes).
    Map<String, Long> logged =
        log.records().stream()
            .collect(
                Collectors.groupingBy(
                    record -> record.getThrown().getClass().getSimpleName(),
                    TreeMap::new,
                    Collectors.counting()));
    assertEquals(Map.of("AssertionError", 1L, "IllegalStateException", 1L), logged, messages());
    // The well-behaved listener heard every request recorded, whatever the others did.
    double recorded = Scrape.awaitCounted(() -> Scrape.of(registry).only("http_request_duration_seconds"), 1).counted();
    Await.size(listeners.heard(), (int) recorded);
    assertEquals((int) recorded, listeners.heard().size());
    System.out.println(
        "Jersey: " + compared + " responses byte-identical to the uninstrumented twin's, "
            + logged.size() + " kinds of failure logged once each");
  }

  private static String messages() {
    return log.records().stream().map(LogRecord::getMessage).toList().toString();
  }

  private static final RuntimeException THROWN = new IllegalStateException("a broken metrics library");
  private static final Error ERROR = new AssertionError("a broken metrics library's assertion");
  /** Not thrown: the collector hangs until the test ends. */
  private static final Error HANGS = new Error("hangs");
  private static volatile Throwable collectorFault;

  /** A collector of the application's, scraped with the histogram, failing as it is told. */
  private static MetricSnapshot collect() {
    Throwable fault = collectorFault;
    if (fault == HANGS) {
      try {
        scrapes.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else if (fault instanceof RuntimeException unchecked) {
      throw unchecked;
    } else if (fault instanceof Error error) {
      throw error;
    }
    return GaugeSnapshot.builder()
        .name("jobs_waiting")
        .dataPoint(GaugeDataPointSnapshot.builder().value(1).build())
        .build();
  }
}
