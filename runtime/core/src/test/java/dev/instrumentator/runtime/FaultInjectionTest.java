package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failure of the metrics library, on any path that records, never reaches the caller: it is
 * logged once per metrics, with the failure itself, and recording resumes once the fault clears.
 * Faults: a runtime exception, and the {@link NoClassDefFoundError} prometheus-metrics throws when
 * an application excludes its tracer module (docs/design.md, fact S11).
 */
class FaultInjectionTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Faults faults = new Faults();
  private LogCapture log;

  @BeforeEach
  void faultyMetrics() {
    HttpMetrics.setDefault(faults.inject(HttpMetrics.builder()).register(registry));
    log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics");
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  static Stream<Arguments> faultsOnEveryPath() {
    return Stream.of(RecordingPath.values())
        .flatMap(path -> Faults.examples().stream().map(fault -> Arguments.of(path, fault)));
  }

  /** The log line names what could not be recorded: the route, or an untemplated request. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(RecordingPath.class)
  void theLogLineNamesWhatWasNotRecorded(RecordingPath path) {
    faults.set(new IllegalStateException("a broken metrics library"));
    path.record(Route.of("GET", "/books"));

    assertEquals(
        "instrumentator could not record " + path.what() + "; the request itself was not affected."
            + " Further failures of this kind are not logged.",
        log.records().get(0).getMessage());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("faultsOnEveryPath")
  void aFailureToCreateTheDataPointIsContainedAndRecordingResumes(
      RecordingPath path, Throwable fault) {
    Route route = Route.of("GET", "/books");
    faults.set(fault);
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(() -> path.record(route));
    }
    assertLoggedOnce(fault);

    faults.clear();
    path.record(route);
    assertEquals(Map.of(path.series(), 1.0), counts());
  }

  /** Series created at start-up: a failure there must not stop the application from starting. */
  @ParameterizedTest
  @MethodSource("dev.instrumentator.runtime.Faults#examples")
  void aFailureToCreateASeriesAtStartupIsContained(Throwable fault) {
    HttpMetrics metrics =
        faults.inject(HttpMetrics.builder().createSeriesAtStartup(true)).register(new PrometheusRegistry());
    faults.set(fault);

    assertFalse(assertDoesNotThrow(() -> Recorder.of(metrics).createSeries("GET", "/books")));
    assertFalse(Recorder.of(metrics).createSeries("GET", "/authors"));
    assertLoggedOnce(fault);

    faults.clear();
    assertTrue(Recorder.of(metrics).createSeries("GET", "/books"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("faultsOnEveryPath")
  void aFailureToObserveIsContainedAndRecordingResumes(RecordingPath path, Throwable fault) {
    Route route = Route.of("GET", "/books");
    path.record(route);
    faults.set(fault);
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(() -> path.record(route));
    }
    assertLoggedOnce(fault);

    faults.clear();
    path.record(route);
    assertEquals(Map.of(path.series(), 2.0), counts());
  }

  static Stream<Arguments> faultsOnBothEdges() {
    return Stream.of(true, false)
        .flatMap(start -> Faults.examples().stream().map(fault -> Arguments.of(start, fault)));
  }

  /**
   * The in-progress gauge: a request's start, or its end, never fails when the gauge does, the
   * failure is logged once, and counting resumes once the fault clears.
   */
  @ParameterizedTest(name = "start {0}: {1}")
  @MethodSource("faultsOnBothEdges")
  void aFailureOfTheInProgressGaugeIsContainedAndCountingResumes(boolean start, Throwable fault) {
    PrometheusRegistry own = new PrometheusRegistry();
    HttpMetrics metrics =
        faults.inject(HttpMetrics.builder().inProgress(true).inProgressLabels(true))
            .register(own);
    Route route = Route.of("GET", "/books");
    faults.set(fault);
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(
          () -> {
            if (start) {
              route.requestStarted(Recorder.of(metrics), "GET", "http");
            } else {
              route.requestEnded(Recorder.of(metrics), "GET", "http");
            }
          });
    }
    assertLoggedOnce(fault);

    faults.clear();
    route.requestStarted(Recorder.of(metrics), "HEAD", "http");
    // The failed calls left their series as it was made: at zero.
    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/books"), 0.0,
            labels("method", "HEAD", "handler", "/books"), 1.0),
        Scrape.of(own).series("http_requests_inprogress"));
  }

  private void assertLoggedOnce(Throwable fault) {
    assertEquals(1, log.records().size(), "log lines: " + log.records());
    LogRecord record = log.records().get(0);
    assertEquals(Level.WARNING, record.getLevel());
    assertSame(fault, record.getThrown());
    assertTrue(
        record.getMessage().startsWith("instrumentator could not record "),
        record.getMessage());
  }

  private Map<Map<String, String>, Double> counts() {
    return Scrape.of(registry).series("http_request_duration_seconds_count");
  }

  /** The ways a request reaches the histogram. */
  enum RecordingPath {
    /** A decorator with no companion records the call itself. */
    DECORATOR {
      @Override
      void record(Route route) {
        route.callFinished(System.nanoTime(), 200);
      }

      @Override
      Map<String, String> series() {
        return labels("method", "GET", "handler", "/books", "status", "2xx");
      }
    },
    /** A companion records the request under the route, with the request's method. */
    COMPANION {
      @Override
      void record(Route route) {
        Companion.recordRequest(route, "HEAD", System.nanoTime(), 200);
      }

      @Override
      Map<String, String> series() {
        return labels("method", "HEAD", "handler", "/books", "status", "2xx");
      }
    },
    /** A companion records a request that matched no route. */
    UNTEMPLATED {
      @Override
      void record(Route route) {
        Companion.recordUntemplated(HttpMetrics.getDefault(), "GET", "/nowhere", 404, System.nanoTime());
      }

      @Override
      Map<String, String> series() {
        return labels("method", "GET", "handler", "none", "status", "4xx");
      }
    };

    abstract void record(Route route);

    abstract Map<String, String> series();

    String what() {
      return this == UNTEMPLATED ? "an untemplated request" : "GET /books";
    }
  }
}
