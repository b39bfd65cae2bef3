package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.PrometheusServer;
import dev.instrumentator.spring.testing.Http;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A real Prometheus server scrapes {@code /actuator/prometheus} every second while known traffic
 * runs; what its HTTP API then answers is what was sent: the counts exactly, and the 90th
 * percentile of the recommendations, which take 200 ms, inside the bucket that holds 200 ms.
 */
@Tag("prometheus")
@SpringBootTest(
    classes = BookstoreApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "bookstore.service-latency=200ms")
class PrometheusServerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String BOOK = "/books/978-0134685991";

  @Value("${local.server.port}")
  int port;

  private PrometheusServer prometheus;

  @AfterEach
  void stop() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void countsAndQuantilesAreWhatWasSent() throws Exception {
    Http http = Http.onPort(port);
    // Counted from here: the context may have served other tests' requests before.
    Map<Map<String, String>, Double> before = http.counts();
    int counted = (int) before.values().stream().mapToDouble(Double::doubleValue).sum();
    prometheus = PrometheusServer.start(http.hostAndPort(), Http.ACTUATOR_PROMETHEUS, false);

    assertEquals(200, http.get(BOOK + "/similar").statusCode());
    awaitTotal(http, counted + 1);
    for (int i = 0; i < 10; i++) {
      assertEquals(200, http.get(BOOK).statusCode());
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(404, http.get("/books/978-0000000000").statusCode());
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(401, http.send("POST", BOOK + "/orders", null, null).statusCode());
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(200, http.get(BOOK + "/similar").statusCode());
    }
    awaitTotal(http, counted + 24);

    Map<Map<String, String>, Double> expected = new HashMap<>();
    before.forEach((labels, count) -> expected.merge(Map.of("handler", labels.get("handler"), "status", labels.get("status")), count, Double::sum));
    expected.merge(Map.of("handler", "/books/{isbn}", "status", "2xx"), 10.0, Double::sum);
    expected.merge(Map.of("handler", "/books/{isbn}", "status", "4xx"), 5.0, Double::sum);
    expected.merge(Map.of("handler", "/books/{isbn}/orders", "status", "4xx"), 3.0, Double::sum);
    expected.merge(Map.of("handler", "/books/{isbn}/similar", "status", "2xx"), 6.0, Double::sum);
    assertEquals(
        expected,
        prometheus.queryByLabels("sum by (handler, status) (http_request_duration_seconds_count)"));

    double p90 =
        prometheus.awaitQuantile(
            "histogram_quantile(0.9, sum by (le, handler)"
                + " (rate(http_request_duration_seconds_bucket[1m])))",
            "/books/{isbn}/similar",
            PATIENCE);
    assertTrue(p90 > 0.1 && p90 <= 0.25, "p90 of a 200 ms route: " + p90);
  }

  private void awaitTotal(Http http, int requests) {
    http.scrapeAfter(requests);
    prometheus.awaitCounted("sum(http_request_duration_seconds_count)", requests, PATIENCE);
  }

}
