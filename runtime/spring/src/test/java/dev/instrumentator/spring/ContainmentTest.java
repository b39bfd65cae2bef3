package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.Faults;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.runtime.testing.FaultyListeners;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.runtime.testing.Wire;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.LogEvents;
import dev.instrumentator.spring.traffic.TrafficApplication;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * A failure of the metrics never alters a response: with every option on, listeners that throw a
 * {@code RuntimeException}, throw an {@code Error} and hang, a registry whose data points throw
 * either, and a collector in the registry that throws either or hangs while {@code
 * /actuator/prometheus} is scraped, every response is byte for byte the uninstrumented twin's
 * (status line, headers but the date, body but an error's timestamp); each kind of failure is
 * logged once; and the well-behaved listener still hears every request recorded. A data point
 * that hangs is left out: prometheus-metrics' data points take no lock and wait for nothing, and
 * one that hung would hold its request, as it is recorded on the request's thread.
 */
class ContainmentTest {
  /** Every kind of outcome: method, path. */
  private static final List<String[]> REQUESTS =
      List.of(
          new String[] {"GET", "/traffic/ok"},
          new String[] {"HEAD", "/traffic/ok"},
          new String[] {"GET", "/traffic/missing"},
          new String[] {"GET", "/traffic/broken"},
          new String[] {"GET", "/traffic/async"},
          new String[] {"GET", "/traffic/timeout"},
          new String[] {"GET", "/traffic/secret"},
          new String[] {"GET", "/traffic/stream?millis=1"},
          new String[] {"GET", "/traffic/events?millis=20"},
          new String[] {"GET", "/nowhere"},
          new String[] {"PUT", "/traffic/ok"});

  private static final RuntimeException THROWN = new IllegalStateException("a broken metrics library");
  private static final Error ERROR = new AssertionError("a broken metrics library's assertion");
  /** Not thrown: the collector hangs until the test ends. */
  private static final Error HANGS = new Error("hangs");

  private static final FaultyListeners listeners = new FaultyListeners();
  private static final Faults faults = new Faults();
  private static final CountDownLatch ended = new CountDownLatch(1);
  private static volatile Throwable collectorFault;
  private static App original;
  private static App instrumented;
  private static int logMark;

  /** The application's own metrics, every option on, failing as the test says. */
  static class FaultyEverything {
    @Bean
    HttpMetrics faultyMetrics(PrometheusRegistry registry) {
      registry.register(ContainmentTest::collect);
      return faults
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
    }
  }

  @BeforeAll
  static void start() {
    logMark = LogEvents.mark();
    original = App.start(TrafficApplication.class, "instrumentator.enabled=false");
    instrumented = App.start(List.of(TrafficApplication.class, FaultyEverything.class));
  }

  @AfterAll
  static void stop() {
    ended.countDown();
    original.close();
    instrumented.close();
    listeners.close();
  }

  @Test
  void everyResponseIsTheTwinsWhateverFailsAndEachFailureIsLoggedOnce() {
    Wire twin = Wire.onPort(original.port());
    Wire wire = Wire.onPort(instrumented.port());
    Http http = instrumented.http();
    int compared = 0;
    List<String> differences = new ArrayList<>();
    // The listeners fail on every request. The registry's data points and a collector scraped
    // meanwhile fail with each fault in turn; then they work.
    List<Throwable> registryFaults = new ArrayList<>(List.of(THROWN, ERROR, HANGS));
    registryFaults.add(null);
    for (Throwable fault : registryFaults) {
      collectorFault = fault;
      if (fault == null || fault == HANGS) {
        faults.clear();
      } else {
        faults.set(fault);
      }
      CompletableFuture<HttpResponse<String>> scrape =
          CompletableFuture.supplyAsync(() -> http.send("GET", Http.ACTUATOR_PROMETHEUS, null, null));
      for (int round = 0; round < 2; round++) {
        for (String[] request : REQUESTS) {
          String expected = normalized(twin.exchange(request[0], request[1], null));
          String actual = normalized(wire.exchange(request[0], request[1], null));
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
    List<String> logged =
        LogEvents.since(logMark).stream()
            .filter(line -> line.startsWith("WARN instrumentator could not record"))
            .toList();
    assertEquals(2, logged.size(), logged.toString());
    // The well-behaved listener heard every request recorded, whatever the others did.
    double recorded =
        Scrape.awaitCounted(() -> http.scrape().only("http_request_duration_seconds"), 1).counted();
    Await.size(listeners.heard(), (int) recorded);
    assertEquals((int) recorded, listeners.heard().size());
    System.out.println(
        "Spring: " + compared + " responses byte-identical to the uninstrumented twin's, "
            + logged.size() + " kinds of failure logged once each");
  }

  /** The answer without what differs by the moment: its date, an error's timestamp, a session. */
  private static String normalized(String answer) {
    return Wire.comparable(answer)
        .replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"...\"")
        .replaceAll("JSESSIONID=[^;]*", "JSESSIONID=...");
  }

  /** A collector of the application's, scraped with the histogram, failing as it is told. */
  private static MetricSnapshot collect() {
    Throwable fault = collectorFault;
    if (fault == HANGS) {
      try {
        ended.await();
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
