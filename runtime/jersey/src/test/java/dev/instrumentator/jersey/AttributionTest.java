package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.attribution.Callers;
import dev.instrumentator.jersey.attribution.PlainResource;
import dev.instrumentator.jersey.attribution.RelatedResource;
import dev.instrumentator.jersey.attribution.ShelfResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.RouteTemplate;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each request counts once, under the resource method Jersey dispatched it to, or as untemplated
 * when it dispatched it to none, whatever else called a timed resource: a {@code @DoNotTrack}
 * method, an uninstrumented resource, a pre-matching filter, a request filter, a response filter,
 * an exception mapper, a resource calling another, asynchronous work on other threads. Through a
 * sub-resource locator it counts under the templates joined; a {@code HEAD} counts as {@code
 * HEAD}, and leaves no request in progress. What Jersey matched, kept by a response filter, must
 * agree with each expected template.
 */
class AttributionTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static final String COUNT = "http_request_duration_seconds_count";
  /** Sent after each request: it counts once, so the request before it has been recorded too. */
  private static final Probe MARKER = Probe.timed("GET", "/shelf/marker", "/shelf/{id}", "2xx");

  /** A request, and what it counts under: nothing when {@code handler} is null. */
  private record Probe(String method, String path, String call, String handler, String status) {
    static Probe timed(String method, String path, String handler, String status) {
      return new Probe(method, path, null, handler, status);
    }

    static Probe notRecorded(String method, String path) {
      return new Probe(method, path, null, null, null);
    }

    Probe calling(String caller) {
      return new Probe(method, path, caller, handler, status);
    }

    Map<Map<String, String>, Double> counts() {
      return handler == null
          ? Map.of()
          : Map.of(labels("method", method, "handler", handler, "status", status), 1.0);
    }

    @Override
    public String toString() {
      return method + " " + path + (call != null ? " (the " + call + " calls the shelf)" : "");
    }
  }

  private static final List<Probe> PROBES =
      List.of(
          Probe.timed("GET", "/shelf/1", "/shelf/{id}", "2xx"),
          Probe.notRecorded("GET", "/shelf/legacy/1"),
          Probe.timed("GET", "/shelf/1/related", "/shelf/{id}/related", "2xx"),
          Probe.notRecorded("GET", "/plain/1"),
          Probe.notRecorded("GET", "/plain/1").calling("pre-matching-filter"),
          Probe.timed("GET", "/nowhere", "none", "4xx").calling("pre-matching-filter"),
          Probe.timed("GET", "/shelf/2", "/shelf/{id}", "2xx").calling("request-filter"),
          Probe.notRecorded("GET", "/plain/2").calling("response-filter"),
          Probe.timed("GET", "/direct", "none", "2xx"),
          Probe.timed("GET", "/shelf/1/failing", "/shelf/{id}/failing", "5xx"),
          Probe.timed("GET", "/shelf/1/missing", "/shelf/{id}/missing", "4xx"),
          Probe.timed("GET", "/shelf/1/invalid", "/shelf/{id}/invalid", "4xx"),
          Probe.timed("GET", "/shelf/1/later", "/shelf/{id}/later", "2xx"),
          Probe.timed("GET", "/shelf/1/suspended", "/shelf/{id}/suspended", "2xx"),
          Probe.timed("GET", "/shelf/1/pages/3", "/shelf/{id}/pages/{page}", "2xx"),
          Probe.timed("HEAD", "/shelf/1", "/shelf/{id}", "2xx"),
          Probe.timed("POST", "/shelf/1", "none", "4xx"));

  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        JerseyServer.start(
            new ResourceConfig()
                .register(ShelfResource.class)
                .register(RelatedResource.class)
                .register(PlainResource.class)
                .register(Callers.PreMatchingFilter.class)
                .register(Callers.RequestFilter.class)
                .register(Callers.ResponseFilter.class)
                .register(Callers.Mapper.class)
                .register(
                    new InstrumentatorFeature(
                        HttpMetrics.builder()
                            .inProgress(true)
                            .inProgressLabels(true)
                            .register(registry)))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void eachRequestCountsOnceUnderTheResourceMethodJerseyDispatchedItTo() throws Exception {
    List<String> misattributed = new ArrayList<>();
    for (int i = 0; i < PROBES.size(); i++) {
      Probe probe = PROBES.get(i);
      String id = String.valueOf(i);
      Map<Map<String, String>, Double> before = counts();
      send(probe, id);
      send(MARKER, "marker");
      Map<Map<String, String>, Double> expected = new HashMap<>(probe.counts());
      expected.merge(MARKER.counts().keySet().iterator().next(), 1.0, Double::sum);
      Map<Map<String, String>, Double> counted = countsAdded(before, sum(expected));
      if (!expected.equals(counted)) {
        misattributed.add(probe + ": " + counted + ", not " + expected);
      }
      String matched = Callers.MATCHED.get(id);
      if (!agrees(probe, matched)) {
        misattributed.add(probe + ": Jersey matched " + matched);
      }
    }

    System.out.printf(
        "Attribution, Jersey: %d requests, %d misattributed%n", PROBES.size(), misattributed.size());
    assertEquals(List.of(), misattributed, PROBES.size() + " requests");
    // A HEAD, which Jersey runs as a GET, left nothing in progress either.
    Map<Map<String, String>, Double> inProgress = awaitNoneInProgress();
    assertTrue(inProgress.values().stream().allMatch(v -> v == 0), inProgress.toString());
  }

  /**
   * The in-progress gauge once it is back to 0 everywhere (at most 5 s): a request ends a moment
   * after its client has read the response.
   */
  private static Map<Map<String, String>, Double> awaitNoneInProgress() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    Map<Map<String, String>, Double> inProgress = Scrape.of(registry).series("http_requests_inprogress");
    while (inProgress.values().stream().anyMatch(v -> v != 0) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      inProgress = Scrape.of(registry).series("http_requests_inprogress");
    }
    return inProgress;
  }

  /**
   * Whether what Jersey matched agrees with what the request is expected to count under: the same
   * template for a timed request; a resource method that no decorator declares for one not
   * recorded; none for an untemplated one. An unmapped exception may reach no response filter.
   */
  private static boolean agrees(Probe probe, String matched) {
    if (matched == null) {
      return probe.status() != null && probe.status().equals("5xx");
    }
    if (matched.equals("no resource method")) {
      return "none".equals(probe.handler());
    }
    String templates = matched.substring(0, matched.indexOf(" on "));
    boolean byDecorator = matched.endsWith("_Instrumented");
    return probe.handler() == null
        ? !byDecorator
        : byDecorator && joined(templates).equals(probe.handler());
  }

  /** Jersey's matched templates, {@code [/{page}, /{id}/pages, /shelf]}, joined outermost first. */
  private static String joined(String templates) {
    String[] innermostFirst = templates.substring(1, templates.length() - 1).split(", ");
    StringBuilder joined = new StringBuilder();
    for (int i = innermostFirst.length - 1; i >= 0; i--) {
      joined.append('/').append(innermostFirst[i]);
    }
    return RouteTemplate.normalize(joined.toString());
  }

  private static void send(Probe probe, String id) {
    List<String> headers = new ArrayList<>(List.of(Callers.PROBE, id));
    if (probe.call() != null) {
      headers.addAll(List.of(Callers.CALL, probe.call()));
    }
    server.request(probe.method(), probe.path(), headers.toArray(String[]::new));
  }

  private static Map<Map<String, String>, Double> counts() {
    return Scrape.of(registry).series(COUNT);
  }

  private static Map<Map<String, String>, Double> countsAdded(
      Map<Map<String, String>, Double> before, double requests) {
    return Scrape.countsAdded(() -> Scrape.of(registry), before, (int) requests);
  }

  private static double sum(Map<Map<String, String>, Double> counts) {
    return counts.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
