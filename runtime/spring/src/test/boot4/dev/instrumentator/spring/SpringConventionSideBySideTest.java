package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.OtelConformance;
import dev.instrumentator.runtime.testing.OtelConformance.Case;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.OpenTelemetryServerRequestObservationConvention;

/**
 * The conformance corpus through Spring Framework's own OpenTelemetry convention for {@code
 * http.server.request.duration} (Spring Framework 7, which Spring Boot uses when the application
 * has the convention as a bean), beside instrumentator's OpenTelemetry dialect: each request's
 * series in each, against the attributes the conventions give that request (those {@link
 * OpenTelemetryConformanceTest} checks), one violation per attribute missing, different or extra. The table is written to {@code
 * target/otel-side-by-side.md}, and docs/dialects.md shows it.
 */
class SpringConventionSideBySideTest {

  /** Spring Boot's observation of server requests, by OpenTelemetry's convention. */
  @Configuration(proxyBeanMethods = false)
  static class SpringsOpenTelemetryConvention {
    @Bean
    OpenTelemetryServerRequestObservationConvention openTelemetryConvention() {
      return new OpenTelemetryServerRequestObservationConvention();
    }
  }

  @Test
  void theCorpusThroughBothConventions() throws IOException {
    List<Case> corpus = OpenTelemetryConformanceTest.CORPUS;
    List<Map<String, String>> ours;
    try (App app =
        App.start(
            TestApplication.class,
            "instrumentator.dialects=opentelemetry",
            "management.observations.enable.http.server.requests=false")) {
      ours = seriesOfEach(app.http(), corpus);
    }
    List<Map<String, String>> springs;
    try (App app = App.start(List.of(TestApplication.class, SpringsOpenTelemetryConvention.class))) {
      springs = seriesOfEach(app.http(), corpus);
    }

    StringBuilder table =
        new StringBuilder(
            "| request | instrumentator | Spring's OpenTelemetry convention |\n|---|---|---|\n");
    int ourViolations = 0;
    int springsViolations = 0;
    for (int i = 0; i < corpus.size(); i++) {
      Case sent = corpus.get(i);
      List<String> ourBroken = broken(ours.get(i), sent);
      List<String> springsBroken = broken(springs.get(i), sent);
      ourViolations += ourBroken.size();
      springsViolations += springsBroken.size();
      table.append("| ").append(sent.what()).append(" (").append(sent.method()).append(' ')
          .append(sent.status()).append(") | ").append(cell(ourBroken)).append(" | ")
          .append(cell(springsBroken)).append(" |\n");
    }
    Path report = Path.of("target", "otel-side-by-side.md");
    Files.writeString(report, table);
    System.out.println(
        "Spring MVC corpus of " + corpus.size() + " requests: instrumentator " + ourViolations
            + " violations, Spring's OpenTelemetry convention " + springsViolations
            + " violations (" + report + ")");
    assertEquals(0, ourViolations, table.toString());
  }

  /**
   * The one series each request of the corpus added to {@code http.server.request.duration},
   * sent one at a time; an empty map for a request that added none.
   */
  private static List<Map<String, String>> seriesOfEach(Http http, List<Case> corpus) {
    List<Map<String, String>> added = new ArrayList<>();
    for (Case sent : corpus) {
      Map<Map<String, String>, Double> before = requestsOf(http);
      double total = before.values().stream().mapToDouble(Double::doubleValue).sum();
      http.send(sent.method(), sent.path(), sent.user(), null);
      Map<Map<String, String>, Double> after = before;
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (System.nanoTime() < deadline) {
        after = requestsOf(http);
        if (after.values().stream().mapToDouble(Double::doubleValue).sum() > total) {
          break;
        }
        sleep();
      }
      Map<String, String> series = Map.of();
      for (Map.Entry<Map<String, String>, Double> entry : after.entrySet()) {
        if (entry.getValue() > before.getOrDefault(entry.getKey(), 0.0)) {
          series = entry.getKey();
        }
      }
      added.add(series);
    }
    return added;
  }

  /** The series of the duration, but for the scrapes' own, which Spring's convention records. */
  private static Map<Map<String, String>, Double> requestsOf(Http http) {
    Map<Map<String, String>, Double> series = new LinkedHashMap<>(http.scrape().series(OtelConformance.COUNT));
    series.keySet().removeIf(labels -> Http.ACTUATOR_PROMETHEUS.equals(labels.get("http_route")));
    return series;
  }

  /**
   * How a request's series differs from the attributes the conventions give it: each attribute
   * missing, different or extra.
   */
  private static List<String> broken(Map<String, String> series, Case sent) {
    if (series.isEmpty()) {
      return List.of("not counted");
    }
    Map<String, String> recorded = new TreeMap<>(series);
    Map<String, String> expected = new TreeMap<>(sent.attributes("http"));
    List<String> broken = new ArrayList<>();
    expected.forEach(
        (name, value) -> {
          if (!recorded.containsKey(name)) {
            broken.add("no `" + name + "`");
          } else if (!recorded.get(name).equals(value)) {
            broken.add("`" + name + "=" + series.get(name) + "`");
          }
        });
    recorded.forEach(
        (name, value) -> {
          if (!expected.containsKey(name)) {
            broken.add("`" + name + "=" + value + "`");
          }
        });
    return broken;
  }

  private static String cell(List<String> broken) {
    return broken.isEmpty() ? "conforms" : String.join(", ", broken);
  }

  private static void sleep() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
