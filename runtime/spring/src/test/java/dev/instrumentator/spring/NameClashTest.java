package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.LogEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;

/**
 * A metric of the application's own under one of instrumentator's names never breaks
 * {@code /actuator/prometheus} (a Micrometer timer {@code http.request.duration} made every scrape
 * a 500, with no word at start-up): one that exists when instrumentator starts stops the start-up
 * with a message that names it and the property that renames ours; a Micrometer meter that comes
 * later is left out of the scrape, with an error that says so.
 */
class NameClashTest {
  private static final String MESSAGE_END =
      "which is not instrumentator's, and a scrape of both would fail or mix them. Rename"
          + " instrumentator's with metricName, namespace or subsystem (Spring Boot:"
          + " instrumentator.metric-name, instrumentator.namespace or instrumentator.subsystem),"
          + " or rename the other.";

  @Test
  void aMicrometerMeterRegisteredLaterIsLeftOutAndTheScrapeKeepsWorking() {
    int mark = LogEvents.mark();
    try (App app = App.start(TestApplication.class)) {
      Http http = app.http();
      http.get("/status/one");
      Timer.builder("http.request.duration")
          .register(app.context().getBean(MeterRegistry.class))
          .record(Duration.ofMillis(5));
      http.get("/status/one");

      HttpResponse<String> scrape = http.send("GET", Http.ACTUATOR_PROMETHEUS, null, null);
      assertEquals(200, scrape.statusCode(), scrape.body());
      assertEquals(2.0, http.scrapeAfter(2).counted());
      List<String> errors =
          LogEvents.since(mark).stream().filter(line -> line.startsWith("ERROR")).toList();
      assertEquals(
          List.of(
              "ERROR instrumentator: the Micrometer meter 'http.request.duration' (a timer) would"
                  + " be scraped as http_request_duration_seconds, a name of instrumentator's"
                  + " metrics, and break the scrape: it is left out of it. Rename the meter, or"
                  + " instrumentator's metrics with instrumentator.metric-name,"
                  + " instrumentator.namespace or instrumentator.subsystem."),
          errors);
    }
  }

  /** The application's own registry, with a collector that did not declare its name. */
  static class OwnRegistry {
    @Bean
    PrometheusRegistry prometheusRegistry() {
      PrometheusRegistry registry = new PrometheusRegistry();
      registry.register(NameClashTest::applicationsOwn);
      return registry;
    }
  }

  /** The same collector, registered once every bean exists, during start-up. */
  static class LateCollector {
    @Bean
    SmartInitializingSingleton lateCollector(PrometheusRegistry registry) {
      return () -> registry.register(NameClashTest::applicationsOwn);
    }
  }

  private static GaugeSnapshot applicationsOwn() {
    return GaugeSnapshot.builder()
        .name("http_request_duration_seconds")
        .help("The application's own")
        .dataPoint(GaugeDataPointSnapshot.builder().value(1).build())
        .build();
  }

  @Test
  void aMetricThatHasTheNameWhenInstrumentatorsAreRegisteredStopsTheStartUp() {
    assertEquals(
        "cannot register the metric 'http_request_duration_seconds': the registry already has a"
            + " gauge of that name (\"The application's own\"), " + MESSAGE_END,
        startUpFailure(OwnRegistry.class).getMessage());
  }

  @Test
  void aMetricThatTakesTheNameLaterDuringStartUpStopsIt() {
    String message = startUpFailure(LateCollector.class).getMessage();
    assertTrue(
        message.startsWith(
            "instrumentator: a scrape of its metrics [http_request_duration_seconds] fails ("),
        message);
    assertTrue(
        message.endsWith(
            "): a metric of the application's, registered during start-up, has one of their"
                + " names. Rename it, or instrumentator's metrics with instrumentator.metric-name,"
                + " instrumentator.namespace or instrumentator.subsystem."),
        message);
  }

  /** Why the test application with {@code added} fails to start: instrumentator's message. */
  private static Throwable startUpFailure(Class<?> added) {
    Throwable failure =
        assertThrows(
            Exception.class, () -> App.start(List.of(TestApplication.class, added)).close());
    Throwable ours = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalStateException && cause.getMessage().contains("instrumentator's")) {
        ours = cause;
      }
    }
    assertTrue(ours != null, () -> "no message of instrumentator's in " + failure);
    return ours;
  }
}
