package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.conformance.ConformanceResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.HttpMetrics.Dialect;
import dev.instrumentator.runtime.testing.OtelConformance;
import dev.instrumentator.runtime.testing.OtelConformance.Case;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * A corpus of requests over real HTTP, every outcome a Jersey application has, recorded in the
 * OpenTelemetry dialect beside the Prometheus one: each scraped series obeys the HTTP semantic
 * conventions, and each request counts once with the attributes the conventions give it.
 */
class OpenTelemetryConformanceTest {
  private static final String UNAVAILABLE = "dev.instrumentator.jersey.conformance.UnavailableException";

  static final List<Case> CORPUS =
      List.of(
          new Case("templated", "GET", "/conformance/items/1", null, 200, "/conformance/items/{id}", null),
          new Case("regex template", "GET", "/conformance/items/1/parts", null, 200,
              "/conformance/items/{id: [0-9]+}/parts", null),
          new Case("with a user", "GET", "/conformance/secret", "admin", 200, "/conformance/secret", null),
          new Case("untemplated", "GET", "/conformance/nowhere", null, 404, null, null),
          new Case("404 from a handler", "GET", "/conformance/missing/7", null, 404,
              "/conformance/missing/{id}", null),
          new Case("401 before the handler", "GET", "/conformance/secret", null, 401, "/conformance/secret", null),
          new Case("403 before the handler", "GET", "/conformance/secret", "guest", 403,
              "/conformance/secret", null),
          new Case("405", "DELETE", "/conformance/items/1", null, 405, null, null),
          new Case("exception mapped to 409", "GET", "/conformance/conflict", null, 409,
              "/conformance/conflict", null),
          new Case("exception mapped to 503", "GET", "/conformance/unavailable", null, 503,
              "/conformance/unavailable", UNAVAILABLE),
          new Case("503 answered", "GET", "/conformance/answer/503", null, 503, "/conformance/answer/{code}", "503"),
          new Case("exception unmapped", "GET", "/conformance/boom", null, 500, "/conformance/boom",
              "java.lang.IllegalStateException"),
          new Case("made-up method", "BREW", "/conformance/items/1", null, 405, null, null),
          new Case("QUERY", "QUERY", "/conformance/search", null, 200, "/conformance/search", null),
          new Case("async", "GET", "/conformance/async", null, 200, "/conformance/async", null));

  @Test
  void everySeriesConformsAndEveryRequestCountsOnce() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.setDefault(
        HttpMetrics.builder().dialects(Dialect.PROMETHEUS, Dialect.OPENTELEMETRY).register(registry));
    ResourceConfig application =
        new ResourceConfig()
            .register(ConformanceResource.class)
            .register(ConformanceResource.Guard.class)
            .register(ConformanceResource.ConflictMapper.class)
            .register(ConformanceResource.UnavailableMapper.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);

    List<String> violations;
    try (JerseyServer server = JerseyServer.start(application)) {
      List<Integer> statuses = new ArrayList<>();
      for (Case sent : CORPUS) {
        String[] headers = sent.user() == null ? new String[0] : new String[] {"X-User", sent.user()};
        statuses.add(server.request(sent.method(), sent.path(), headers).statusCode());
      }
      Scrape.awaitCounted(() -> Scrape.of(registry).only("http_request_duration_seconds"), CORPUS.size());
      violations = OtelConformance.violations(Scrape.of(registry), CORPUS, statuses, "http");
    }
    System.out.println(
        "Jersey, OpenTelemetry dialect: " + CORPUS.size() + " requests, " + violations.size()
            + " violations");
    assertEquals(List.of(), violations);
  }
}
