package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.instrumentator.jersey.faults.OutcomesResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.Faults;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With the companion, metrics that fail on every request change no response: each answers what
 * the uninstrumented application answers, success, mapped exception, unmapped exception and
 * unknown path alike; the failure is logged once; and recording resumes when the metrics work.
 */
class CompanionFaultTest {
  private static final List<String> PATHS =
      List.of("/outcomes/ok", "/outcomes/missing", "/outcomes/broken", "/nowhere");

  private static JerseyServer original;
  private static JerseyServer instrumented;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Faults faults = new Faults();
  private LogCapture log;

  @BeforeAll
  static void start() throws Exception {
    original =
        JerseyServer.start(application().property(InstrumentatorAutoDiscoverable.ENABLED, false));
    instrumented = JerseyServer.start(application());
  }

  @AfterAll
  static void stop() {
    original.close();
    instrumented.close();
  }

  @BeforeEach
  void faultyMetrics() {
    HttpMetrics.setDefault(faults.inject(HttpMetrics.builder()).register(registry));
    log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics");
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  @ParameterizedTest
  @MethodSource("dev.instrumentator.runtime.Faults#examples")
  void everyResponseIsTheOriginalsAndTheFailureIsLoggedOnce(Throwable fault) {
    faults.set(fault);

    for (int round = 0; round < 2; round++) {
      for (String path : PATHS) {
        HttpResponse<String> expected = original.get(path);
        HttpResponse<String> actual = instrumented.get(path);
        assertEquals(expected.statusCode(), actual.statusCode(), path);
        assertEquals(expected.body(), actual.body(), path);
      }
    }
    awaitFailedRecordings(PATHS.size() * 2);
    assertEquals(1, log.records().size(), "log lines: " + log.records());
    assertSame(fault, log.records().get(0).getThrown());
  }

  @ParameterizedTest
  @MethodSource("dev.instrumentator.runtime.Faults#examples")
  void recordingResumesWhenTheMetricsWorkAgain(Throwable fault) {
    faults.set(fault);
    PATHS.forEach(instrumented::get);
    awaitFailedRecordings(PATHS.size());

    faults.clear();
    PATHS.forEach(instrumented::get);
    Map<Map<String, String>, Double> counts =
        Scrape.awaitCounted(() -> Scrape.of(registry), PATHS.size())
            .series("http_request_duration_seconds_count");
    assertEquals(PATHS.size(), counts.values().stream().mapToDouble(Double::doubleValue).sum());
  }

  /**
   * Waits until {@code requests} requests tried to record: the companion records when the response
   * is complete, a moment after the client has it.
   */
  private void awaitFailedRecordings(int requests) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (faults.thrown() < requests && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(requests, faults.thrown(), "recordings that failed");
  }

  private static ResourceConfig application() {
    return new ResourceConfig()
        .register(OutcomesResource.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
