package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every option of {@code HttpMetrics} is a configuration property, and each changes what the
 * scrape shows as the option does.
 */
class OptionsTest {
  private static final String NAME = "shop_api_app_latency_seconds";

  private static App app;
  private static Http http;

  @BeforeAll
  static void start() {
    app =
        App.start(
            TestApplication.class,
            "instrumentator.group-status-codes=false",
            "instrumentator.group-untemplated=false",
            "instrumentator.untemplated-path-limit=1",
            "instrumentator.excluded-handlers=^/status/one$,/two/",
            "instrumentator.metric-name=app_latency_seconds",
            "instrumentator.namespace=shop",
            "instrumentator.subsystem=api",
            "instrumentator.constant-labels.service=bookstore",
            "instrumentator.constant-labels.team=books",
            "instrumentator.label-names.method=verb",
            "instrumentator.label-names.handler=route",
            "instrumentator.label-names.status=code",
            "instrumentator.buckets=0.1,1",
            "instrumentator.round-latency=true",
            "instrumentator.round-latency-decimals=1",
            "instrumentator.native-histograms=true",
            "instrumentator.requests-total=true");
    http = app.http();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void thePropertiesSetTheOptions() {
    http.send("POST", "/status/created", null, null);
    http.get("/status/one"); // excluded
    http.get("/status/two/2"); // excluded
    http.get("/nowhere");
    http.get("/elsewhere"); // past the untemplated path limit: none
    http.get("/async/callable"); // 150 ms and a little
    Scrape scrape = Scrape.awaitCounted(() -> http.scrape().only(NAME), 4).only(NAME);

    Map<Map<String, String>, Double> counts =
        Map.of(
            labels("verb", "POST", "route", "/status/created", "code", "201", "service", "bookstore", "team", "books"), 1.0,
            labels("verb", "GET", "route", "/nowhere", "code", "401", "service", "bookstore", "team", "books"), 1.0,
            labels("verb", "GET", "route", "none", "code", "401", "service", "bookstore", "team", "books"), 1.0,
            labels("verb", "GET", "route", "/async/callable", "code", "200", "service", "bookstore", "team", "books"), 1.0);
    assertEquals(counts, scrape.series(NAME + "_count"));
    assertEquals(counts, http.scrape().series("shop_api_http_requests_total"));
    Set<String> bounds =
        scrape.samples().stream()
            .filter(sample -> sample.name().equals(NAME + "_bucket"))
            .map(sample -> sample.labels().get("le"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("0.1", "1.0", "+Inf"), bounds);
    assertEquals(
        0.2,
        scrape.value(NAME + "_sum", labels("verb", "GET", "route", "/async/callable", "code", "200", "service", "bookstore", "team", "books")),
        "150 ms and a little, rounded to one decimal");
  }
}
