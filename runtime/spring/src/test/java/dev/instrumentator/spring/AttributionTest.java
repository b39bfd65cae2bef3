package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.RouteTemplate;
import dev.instrumentator.spring.attribution.AttributionApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each request counts once, under the handler method Spring MVC dispatched it to, or as
 * untemplated when it dispatched it to none, whatever else ran on its thread: a {@code
 * @DoNotTrack} method, an uninstrumented controller, a filter or an interceptor calling a timed
 * controller, a handler calling another, an asynchronous result computed by one, an error page
 * written by an {@code @Instrumented} error controller. Under a servlet context path, with a path
 * prefix Spring adds to one controller, which counts with its prefix whether it answered or
 * Spring Security refused. What Spring MVC matched, kept by a filter ahead of everything, must
 * agree with each expected template.
 */
class AttributionTest {
  private static final String CONTEXT = "/ctx";
  /** Sent after each request: it counts once, so the request before it has been recorded too. */
  private static final Probe MARKER = Probe.timed("GET", "/shelf/marker", "/shelf/{id}", "2xx");

  /**
   * A request, and what it counts under: {@code handler} and {@code status}, or nothing when
   * {@code handler} is null.
   *
   * @param call {@code filter} or {@code interceptor}: which of them calls a timed controller
   */
  private record Probe(
      String method, String path, String call, String user, String handler, String status) {
    static Probe timed(String method, String path, String handler, String status) {
      return new Probe(method, path, null, null, handler, status);
    }

    static Probe notRecorded(String method, String path) {
      return new Probe(method, path, null, null, null, null);
    }

    Probe calling(String caller) {
      return new Probe(method, path, caller, user, handler, status);
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
          Probe.notRecorded("GET", "/plain/1").calling("filter"),
          Probe.timed("GET", "/nowhere", "none", "4xx").calling("filter"),
          Probe.timed("GET", "/shelf/2", "/shelf/{id}", "2xx").calling("interceptor"),
          Probe.notRecorded("GET", "/plain/2").calling("interceptor"),
          Probe.timed("GET", "/api/books/42", "/api/books/{isbn}", "2xx"),
          Probe.timed("GET", "/api/books/secret", "/api/books/{isbn}", "4xx"),
          Probe.timed("GET", "/later/1", "/later/{id}", "2xx"),
          Probe.timed("GET", "/nowhere", "none", "4xx"),
          Probe.timed("GET", "/shelf/1/failing", "/shelf/{id}/failing", "5xx"),
          Probe.timed("GET", "/shelf/1/missing", "/shelf/{id}/missing", "4xx"),
          Probe.timed("POST", "/shelf/1", "none", "4xx"),
          Probe.timed("HEAD", "/shelf/1", "/shelf/{id}", "2xx"));

  private static App app;

  @BeforeAll
  static void start() {
    app =
        App.start(
            AttributionApplication.class,
            "server.servlet.context-path=" + CONTEXT,
            "instrumentator.in-progress=true",
            "instrumentator.in-progress-labels=true");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void eachRequestCountsOnceUnderTheHandlerSpringDispatchedItTo() {
    Http http = app.http().metricsAt(CONTEXT + Http.ACTUATOR_PROMETHEUS);
    List<String> misattributed = new ArrayList<>();
    for (int i = 0; i < PROBES.size(); i++) {
      Probe probe = PROBES.get(i);
      String id = String.valueOf(i);
      Map<Map<String, String>, Double> before = http.counts();
      send(http, probe, id);
      send(http, MARKER, "marker");
      Map<Map<String, String>, Double> expected = new HashMap<>(probe.counts());
      expected.merge(MARKER.counts().keySet().iterator().next(), 1.0, Double::sum);
      Map<Map<String, String>, Double> counted = http.countsAdded(before, (int) sum(expected));
      if (!expected.equals(counted)) {
        misattributed.add(probe + ": " + counted + ", not " + expected);
      }
      String matched = AttributionApplication.MATCHED.get(id);
      if (!agrees(probe, matched)) {
        misattributed.add(probe + ": Spring MVC matched " + matched);
      }
    }

    System.out.printf(
        "Attribution, Spring MVC: %d requests, %d misattributed%n",
        PROBES.size(), misattributed.size());
    assertEquals(List.of(), misattributed, PROBES.size() + " requests");
    // No error dispatch left a request in progress.
    assertTrue(
        http.scrape().series("http_requests_inprogress").values().stream().allMatch(v -> v == 0),
        http.scrape().series("http_requests_inprogress").toString());
  }

  /**
   * Whether what Spring MVC matched agrees with what the request is expected to count under: the
   * same template for a timed request that reached a handler method; a handler method no
   * decorator declares for one not recorded. A request refused before the DispatcherServlet, or
   * matching no handler method, shows none.
   */
  private static boolean agrees(Probe probe, String matched) {
    if (matched == null) {
      return false;
    }
    if (matched.equals("no handler method")) {
      return probe.handler() == null || probe.handler().equals("none") || probe.status().equals("4xx");
    }
    String pattern = matched.substring(0, matched.indexOf(" on "));
    boolean declaredByDecorator = matched.contains("_Instrumented#") && !matched.endsWith("(inherited)");
    return probe.handler() == null
        ? !declaredByDecorator
        : declaredByDecorator && RouteTemplate.normalize(pattern).equals(probe.handler());
  }

  private static void send(Http http, Probe probe, String id) {
    Map<String, String> headers = new HashMap<>(Map.of(AttributionApplication.PROBE, id));
    if (probe.call() != null) {
      headers.put(AttributionApplication.CALL, probe.call());
    }
    http.send(probe.method(), CONTEXT + probe.path(), probe.user(), null, null, headers);
  }

  private static double sum(Map<Map<String, String>, Double> counts) {
    return counts.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
