package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.LogEvents;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With {@code instrumentator.create-series-at-startup=true}, the first scrape, before any request,
 * shows every timed route at zero, under the template its requests will count under, for each
 * method and path it maps; start-up says how many series it created.
 */
class SeriesAtStartupTest {
  private static final Pattern CREATED =
      Pattern.compile(
          "INFO instrumentator times 34 handler methods of 7 @Instrumented controllers \\(Spring MVC,"
              + " which Spring Boot chose over Spring WebFlux, also on the class path\\), into"
              + " actuator's Prometheus registry, served at /actuator/prometheus, and created"
              + " (\\d+) series at zero");

  @Test
  void everyTimedRouteIsScrapedAtZeroBeforeItsFirstRequest() {
    int mark = LogEvents.mark();
    try (App app =
        App.start(TestApplication.class, "instrumentator.create-series-at-startup=true")) {
      List<String> logged = LogEvents.since(mark);
      Map<Map<String, String>, Double> counts = app.http().counts();

      assertEquals(1, logged.size(), "log lines: " + logged);
      Matcher line = CREATED.matcher(logged.get(0));
      assertTrue(line.matches(), logged.get(0));
      assertEquals(Integer.parseInt(line.group(1)), counts.size(), "series: " + counts.keySet());
      assertEquals(Set.of(0.0), Set.copyOf(counts.values()));
      for (Map<String, String> series :
          List.of(
              labels("method", "GET", "handler", "/classic/{name}", "status", "2xx"),
              labels("method", "POST", "handler", "/classic/{name}/shout", "status", "2xx"),
              labels("method", "POST", "handler", "/classic/{name}/yell", "status", "2xx"),
              labels("method", "GET", "handler", "/ledger/{account}", "status", "2xx"),
              labels("method", "PUT", "handler", "/admin/settings/{key}", "status", "2xx"))) {
        assertTrue(counts.containsKey(series), series + " in " + counts.keySet());
      }
      assertFalse(
          counts.containsKey(labels("method", "GET", "handler", "/status/untracked", "status", "2xx")),
          "@DoNotTrack");
      assertFalse(
          counts.containsKey(labels("method", "GET", "handler", "/reports/audit", "status", "2xx")),
          "@DoNotTrack");
    }
  }
}
