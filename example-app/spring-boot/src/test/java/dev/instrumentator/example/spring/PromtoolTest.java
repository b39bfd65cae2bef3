package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Promtool;
import dev.instrumentator.spring.testing.Http;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * {@code promtool check metrics} (Debian's prometheus package) finds nothing to complain of in
 * the histogram that {@code /actuator/prometheus} serves after traffic on every route: neither in
 * the whole scrape, where it complains of Spring's own metrics (no help text, abbreviated units),
 * nor in the histogram alone.
 */
@Tag("prometheus")
@SpringBootTest(classes = BookstoreApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class PromtoolTest {
  private static final String HISTOGRAM = "http_request_duration_seconds";

  @Value("${local.server.port}")
  int port;

  @Test
  void theActuatorScrapeAfterTrafficOnEveryRoutePassesPromtool() throws Exception {
    Http http = Http.onPort(port);
    int requests = Traffic.onEveryRoute(http);
    http.scrapeAfter(requests);
    String scrape = http.get(Http.ACTUATOR_PROMETHEUS).body();
    assertTrue(scrape.contains("http_request_duration_seconds_bucket"), scrape);

    Promtool.Verdict whole = Promtool.checkMetrics(scrape);
    assertEquals(
        List.of(),
        whole.output().lines().filter(line -> line.contains(HISTOGRAM)).toList(),
        whole.output());
    assertEquals(new Promtool.Verdict(0, ""), Promtool.checkMetrics(histogramOnly(scrape)));
  }

  /** The lines of the histogram's family, its help and type included. */
  private static String histogramOnly(String scrape) {
    return scrape
        .lines()
        .filter(
            line ->
                line.startsWith(HISTOGRAM)
                    || line.startsWith("# HELP " + HISTOGRAM + " ")
                    || line.startsWith("# TYPE " + HISTOGRAM + " "))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
