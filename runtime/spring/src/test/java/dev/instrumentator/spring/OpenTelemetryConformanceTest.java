package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.OtelConformance;
import dev.instrumentator.runtime.testing.OtelConformance.Case;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A corpus of requests over real HTTP, every outcome a Spring MVC application has, recorded in the
 * OpenTelemetry dialect beside the Prometheus one: each scraped series obeys the HTTP semantic
 * conventions, and each request counts once with the attributes the conventions give it.
 */
class OpenTelemetryConformanceTest {
  static final List<Case> CORPUS =
      List.of(
          new Case("templated", "GET", "/status/entity/200", null, 200, "/status/entity/{code}", null),
          new Case("regex template", "GET", "/status/items/42", null, 200, "/status/items/{id:\\d+}", null),
          new Case("with a user", "GET", "/reports", "reader", 200, "/reports", null),
          new Case("untemplated", "GET", "/status/nowhere", null, 404, null, null),
          new Case("404 from a handler", "GET", "/status/missing/7", null, 404, "/status/missing/{id}", null),
          new Case("401 before the handler", "GET", "/reports", null, 401, "/reports", null),
          new Case("403 before the handler", "GET", "/admin/stats", "reader", 403, "/admin/stats", null),
          new Case("405", "DELETE", "/status/created", null, 405, null, null),
          new Case("exception mapped to 409", "GET", "/status/conflict/1", null, 409, "/status/conflict/{id}", null),
          new Case("503 answered", "GET", "/status/entity/503", null, 503, "/status/entity/{code}", "503"),
          new Case("exception unmapped", "GET", "/status/boom", null, 500, "/status/boom",
              "java.lang.IllegalStateException"),
          // Spring Security's firewall refuses methods outside the standard ones, with a 400.
          new Case("made-up method", "BREW", "/status/any", null, 400, "/status/any", null),
          new Case("QUERY", "QUERY", "/status/any", null, 400, "/status/any", null),
          new Case("async", "GET", "/async/future", null, 200, "/async/future", null),
          new Case("async 404", "GET", "/async/deferred/missing", null, 404, "/async/deferred/missing", null),
          new Case("async exception unmapped", "GET", "/async/callable/fails", null, 500,
              "/async/callable/fails", "java.lang.IllegalStateException"));

  @Test
  void everySeriesConformsAndEveryRequestCountsOnce() {
    List<String> violations;
    try (App app =
        App.start(TestApplication.class, "instrumentator.dialects=prometheus,opentelemetry")) {
      Http http = app.http();
      List<Integer> statuses = new ArrayList<>();
      for (Case sent : CORPUS) {
        statuses.add(http.send(sent.method(), sent.path(), sent.user(), null).statusCode());
      }
      Scrape scrape =
          Scrape.awaitCounted(() -> http.scrape().only("http_request_duration_seconds"), CORPUS.size());
      scrape = http.scrape();
      violations = OtelConformance.violations(scrape, CORPUS, statuses, "http");
    }
    System.out.println(
        "Spring MVC, OpenTelemetry dialect: " + CORPUS.size() + " requests, " + violations.size()
            + " violations");
    assertEquals(List.of(), violations);
  }
}
