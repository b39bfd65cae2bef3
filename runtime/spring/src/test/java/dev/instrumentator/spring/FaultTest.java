package dev.instrumentator.spring;

import static dev.instrumentator.spring.faults.FaultyMetricsConfiguration.FAULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.Faults;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.faults.FaultyMetricsConfiguration;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.LogEvents;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Metrics that fail on every request change no response: each answers as it does when they
 * work, success, exception handler, unhandled exception, refusal, unknown path and asynchronous
 * result alike; each kind of failure is logged once; and recording resumes when the metrics work
 * again.
 * The application's own {@code HttpMetrics} bean is the one recorded into.
 */
class FaultTest {
  private static final List<String[]> REQUESTS =
      List.of(
          new String[] {"GET", "/status/one", null},
          new String[] {"GET", "/status/conflict/1", null},
          new String[] {"GET", "/status/boom", null},
          new String[] {"GET", "/reports/7", "reader"},
          new String[] {"GET", "/nowhere", null},
          new String[] {"GET", "/async/future", null},
          new String[] {"GET", "/status/legacy", null});

  /** The kinds of fault these metrics have seen so far, each logged once. */
  private static final Set<Class<?>> FAULT_KINDS = new HashSet<>();

  private static ConfigurableApplicationContext context;
  private static Http http;
  private static int logMark;

  @BeforeAll
  static void start() {
    logMark = LogEvents.mark();
    context =
        new SpringApplicationBuilder(TestApplication.class, FaultyMetricsConfiguration.class)
            .run("--server.port=0", "--server.address=127.0.0.1");
    http = Http.onPort(context.getEnvironment().getRequiredProperty("local.server.port", int.class));
  }

  @AfterAll
  static void stop() {
    FAULTS.clear();
    context.close();
  }

  static List<Throwable> faults() {
    return Faults.examples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void failingMetricsChangeNoResponseAndEachKindIsLoggedOnce(Throwable fault) {
    Map<Map<String, String>, Double> before = http.counts();
    int thrownBefore = FAULTS.thrown();
    FAULTS.set(fault);
    List<String> failing;
    try {
      failing = answers();
      awaitRecordings(thrownBefore + REQUESTS.size());
    } finally {
      FAULTS.clear();
    }
    List<String> working = answers();

    assertEquals(working, failing);
    assertTrue(FAULTS.thrown() - thrownBefore >= REQUESTS.size(), "every recording failed");
    // Once for these metrics per kind of fault: its class.
    FAULT_KINDS.add(fault.getClass());
    assertEquals(
        FAULT_KINDS.size(),
        LogEvents.since(logMark).stream()
            .filter(line -> line.startsWith("WARN instrumentator could not record"))
            .count(),
        LogEvents.since(logMark).toString());
    // Only the requests made while the metrics worked are counted.
    assertEquals(
        REQUESTS.size(),
        http.countsAdded(before, REQUESTS.size()).values().stream().mapToDouble(d -> d).sum());
  }

  /** A request is recorded a moment after its response is complete. */
  private static void awaitRecordings(int thrown) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (FAULTS.thrown() < thrown && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  private static List<String> answers() {
    return REQUESTS.stream()
        .map(request -> http.send(request[0], request[1], request[2], null))
        .map(FaultTest::answer)
        .toList();
  }

  private static String answer(HttpResponse<String> response) {
    return response.statusCode() + " "
        + response.body().replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"...\"");
  }
}
