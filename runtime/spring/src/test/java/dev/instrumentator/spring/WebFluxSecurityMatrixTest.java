package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.spring.reactive.AdminController;
import dev.instrumentator.spring.reactive.OpenController;
import dev.instrumentator.spring.reactive.ReactiveApplication;
import dev.instrumentator.spring.reactive.ReportController;
import dev.instrumentator.spring.reactive.ShelfController;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * Instrumentation never weakens a WebFlux application's security: every route of the corpus,
 * called by no user, by one with the wrong password, by one with the wrong role and by one with
 * the right role, answers the instrumented application exactly as it answers the same
 * application with instrumentation off (status and body), through {@code SecurityWebFilterChain}
 * URL rules and {@code @PreAuthorize} on methods returning {@code Mono} (expressions over
 * arguments included), on Netty; a handler sees the same Reactor context. And each of those
 * requests counts once, under its template and the status the client received.
 */
class WebFluxSecurityMatrixTest {
  private static final List<String> CALLERS = Arrays.asList(null, "intruder", "reader", "admin");

  /** A request, and the template it counts under (null: not timed, {@code @DoNotTrack}). */
  private record Probe(String method, String path, String body, String template) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final List<Probe> PROBES =
      List.of(
          new Probe("GET", "/reports/7", null, "/reports/{id}"),
          new Probe("GET", "/reports/summary", null, "/reports/summary"),
          new Probe("GET", "/reports/owned/reader", null, "/reports/owned/{owner}"),
          new Probe("GET", "/reports/owned/admin", null, "/reports/owned/{owner}"),
          new Probe("POST", "/reports", "q3", "/reports"),
          new Probe("POST", "/reports", "secret", "/reports"),
          new Probe("GET", "/admin/stats", null, "/admin/stats"),
          new Probe("PUT", "/admin/settings/mode", "fast", "/admin/settings/{key}"),
          new Probe("GET", "/admin/nowhere", null, "none"),
          new Probe("GET", "/shelf/7", null, "/shelf/{id}"),
          new Probe("GET", "/shelf/isbn/978-3", null, "/shelf/isbn/{isbn}"),
          new Probe("GET", "/shelf/entity/7", null, "/shelf/entity/{id}"),
          new Probe("POST", "/shelf", "dune", "/shelf"),
          new Probe("GET", "/shelf/missing", null, "/shelf/missing"),
          new Probe("GET", "/shelf/conflict", null, "/shelf/conflict"),
          new Probe("GET", "/shelf/untracked", null, null),
          new Probe("DELETE", "/shelf/7", null, "none"),
          new Probe("GET", "/open/greeting/ann", null, "/open/greeting/{name}"),
          new Probe("GET", "/open/context", null, "/open/context"),
          new Probe("GET", "/nowhere", null, "none"));

  private static App instrumented;
  private static App original;

  @BeforeAll
  static void start() {
    // Every option that acts on a request on, so that none of them changes an answer either.
    instrumented =
        App.start(
            ReactiveApplication.class,
            "spring.main.web-application-type=reactive",
            "instrumentator.sizes=true",
            "instrumentator.in-progress=true",
            "instrumentator.exclude-streaming-duration=true");
    original =
        App.start(
            ReactiveApplication.class,
            "spring.main.web-application-type=reactive",
            "instrumentator.enabled=false");
  }

  @AfterAll
  static void stop() {
    instrumented.close();
    original.close();
  }

  @Test
  void everyCaseAnswersAsWithoutInstrumentationAndCountsOnce() {
    Http withDecorators = instrumented.http();
    Http without = original.http();
    Map<Map<String, String>, Double> before = withDecorators.counts();
    List<String> differences = new ArrayList<>();
    Set<Integer> statuses = new TreeSet<>();
    Map<Map<String, String>, Double> expected = new HashMap<>();
    int timed = 0;

    for (Probe probe : PROBES) {
      for (String caller : CALLERS) {
        String user = "intruder".equals(caller) ? "reader" : caller;
        String password = "intruder".equals(caller) ? "wrong" : "secret";
        HttpResponse<String> wanted =
            without.send(probe.method(), probe.path(), user, probe.body(), password);
        HttpResponse<String> got =
            withDecorators.send(probe.method(), probe.path(), user, probe.body(), password);
        String what = probe + " as " + caller;
        if (wanted.statusCode() != got.statusCode()
            || !comparable(wanted.body()).equals(comparable(got.body()))) {
          differences.add(
              what + ": " + wanted.statusCode() + " " + wanted.body() + " without, "
                  + got.statusCode() + " " + got.body() + " with instrumentation");
        }
        statuses.add(wanted.statusCode());
        if (probe.template() != null) {
          timed++;
          expected.merge(
              labels(
                  "method", probe.method(),
                  "handler", probe.template(),
                  "status", wanted.statusCode() / 100 + "xx"),
              1.0,
              Double::sum);
        }
      }
    }

    int cases = PROBES.size() * CALLERS.size();
    System.out.println(
        "Spring WebFlux security: " + cases + " cases, " + differences.size() + " differences");
    assertEquals(List.of(), differences, cases + " cases, " + differences.size() + " differences");
    assertEquals(80, cases);
    // The corpus exercises every outcome, so that equal answers mean something.
    assertTrue(
        statuses.containsAll(Set.of(200, 201, 202, 401, 403, 404, 405, 409)), statuses.toString());
    assertEquals(expected, withDecorators.countsAdded(before, timed));
  }

  @Test
  void theInstrumentedApplicationServesDecoratorsAndTheOtherTheOriginals() {
    for (Class<?> controller :
        List.of(
            ReportController.class,
            AdminController.class,
            ShelfController.class,
            OpenController.class)) {
      String decorator = DecoratorName.of(controller.getName());
      Class<?> served = ClassUtils.getUserClass(instrumented.context().getBean(controller));
      assertEquals(decorator, served.getName());
      Class<?> unchanged = ClassUtils.getUserClass(original.context().getBean(controller));
      assertEquals(controller, unchanged);
    }
    assertFalse(original.context().containsBean("instrumentatorHttpMetrics"));
  }

  /** Error bodies carry the time they were written and the request's id. */
  private static String comparable(String body) {
    return body.replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"...\"")
        .replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"...\"");
  }
}
