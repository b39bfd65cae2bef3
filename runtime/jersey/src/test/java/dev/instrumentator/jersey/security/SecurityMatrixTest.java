package dev.instrumentator.jersey.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential security matrix, over real HTTP: every route of the corpus, as every kind of
 * caller, answers through each instrumented application exactly what it answers through the
 * uninstrumented one, status and body. With the companion, each of those requests also counts
 * once, under its route's template and with the status the caller received, refusals included.
 */
class SecurityMatrixTest {
  /** No user, a user with none of the roles, each role the corpus asks for, and admin. */
  private static final List<String> CALLERS = List.of("", "guest", "editor", "auditor", "admin");

  private static final String FORM = "application/x-www-form-urlencoded";

  /** Each route of the corpus, passing and failing validation, and paths that match none. */
  private static final List<Probe> PROBES =
      List.of(
          Probe.get("/class", "/class"),
          Probe.get("/class/admin", "/class/admin"),
          Probe.get("/class/open", "/class/open"),
          Probe.get("/class/denied", "/class/denied"),
          Probe.get("/class/bound", "/class/bound"),
          Probe.get("/class/search?q=abc", "/class/search"),
          Probe.get("/class/search", "/class/search"),
          Probe.get("/class/search?q=too-long", "/class/search"),
          Probe.get("/class/pages/3?size=5", "/class/pages/{n}"),
          Probe.get("/class/pages/three", "none"),
          Probe.get("/class/account", "/class/account"),
          Probe.post("/class/notes", "text/plain", "hello", "/class/notes"),
          Probe.get("/class/untracked", null),
          Probe.get("/reports", "/reports"),
          Probe.get("/reports/denied", "/reports/denied"),
          Probe.get("/reports/bound", "/reports/bound"),
          Probe.get("/reports/account", "/reports/account"),
          Probe.get("/reports/interface-rule", "/reports/interface-rule"),
          Probe.get("/reports/validated?n=ab", "/reports/validated"),
          Probe.get("/reports/validated", "/reports/validated"),
          Probe.get("/reports/validated?n=abcd", "/reports/validated"),
          Probe.get("/ledger/entries", "/ledger/entries"),
          Probe.get("/ledger/balance", "/ledger/balance"),
          Probe.get("/ledger/closing", "/ledger/closing"),
          Probe.get("/archive/all", "/archive/all"),
          Probe.get("/archive/k1", "/archive/{key}"),
          Probe.get("/odd/visible", "/odd/visible"),
          Probe.get("/odd/hidden", "none"),
          Probe.get("/odd/keys/k1", "none"),
          Probe.get("/odd/produced", "none"),
          Probe.get("/odd/later", "/odd/later"),
          Probe.get("/validated/short?v=abc", "/validated/short"),
          Probe.get("/validated/short?v=too-long", "/validated/short"),
          Probe.get("/validated/checked?v=x", "/validated/checked"),
          Probe.get("/validated/checked", "/validated/checked"),
          Probe.post("/validated/form", FORM, "name=ada", "/validated/form"),
          Probe.post("/validated/form", FORM, "", "/validated/form"),
          Probe.post("/validated/tags", FORM, "tag=a&tag=bc", "/validated/tags"),
          Probe.post("/validated/tags", FORM, "tag=a&tag=b&tag=c", "/validated/tags"),
          Probe.post("/validated/tags", FORM, "tag=abcd", "/validated/tags"),
          Probe.get("/nowhere", "none"));

  private static final Map<Registration, JerseyServer> servers = new EnumMap<>(Registration.class);

  @BeforeAll
  static void start() throws IOException {
    for (Registration registration : Registration.values()) {
      servers.put(registration, JerseyServer.start(registration.application()));
    }
  }

  @AfterAll
  static void stop() {
    servers.values().forEach(JerseyServer::close);
  }

  @Test
  void everyCallerGetsFromTheDecoratorsWhatTheOriginalsAnswer() {
    Map<Case, Answer> original = new HashMap<>();
    for (Probe probe : PROBES) {
      for (String caller : CALLERS) {
        original.put(new Case(probe, caller), send(Registration.ORIGINALS_ALONE, probe, caller));
      }
    }
    Set<Integer> statuses = new TreeSet<>();
    original.values().forEach(answer -> statuses.add(answer.status()));
    assertTrue(
        statuses.containsAll(List.of(200, 400, 401, 403, 404, 500)),
        "the corpus must be refused in every way, but its statuses are only " + statuses);

    int cases = 0;
    List<String> differences = new ArrayList<>();
    for (Registration registration : Registration.INSTRUMENTED) {
      PrometheusRegistry registry = new PrometheusRegistry();
      // Every option that acts on a request on, so that none of them changes an answer either.
      HttpMetrics.setDefault(
          HttpMetrics.builder()
              .sizes(true)
              .inProgress(true)
              .excludeStreamingDuration(true)
              .register(registry));
      Map<Map<String, String>, Double> expectedCounts = new HashMap<>();
      for (Probe probe : PROBES) {
        for (String caller : CALLERS) {
          cases++;
          Answer expected = original.get(new Case(probe, caller));
          Answer actual = send(registration, probe, caller);
          if (!expected.equals(actual)) {
            differences.add(
                registration + ": " + probe + " as '" + caller + "': original " + expected
                    + ", instrumented " + actual);
          }
          if (probe.handler() != null) {
            expectedCounts.merge(probe.series(actual.status()), 1.0, Double::sum);
          }
        }
      }
      if (registration.withCompanion()) {
        Map<Map<String, String>, Double> counts = countsOnceRecorded(registry, expectedCounts);
        if (!counts.equals(expectedCounts)) {
          differences.add(
              registration + ": not every request counted once under its template with its"
                  + " status:\n  expected " + describe(expectedCounts) + "\n  counted  "
                  + describe(counts));
        }
      }
    }
    System.out.printf(
        "Security matrix: %d routes and paths x %d callers x %d instrumented applications ="
            + " %d cases, %d differences%n",
        PROBES.size(), CALLERS.size(), Registration.INSTRUMENTED.length, cases, differences.size());
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  private static Answer send(Registration registration, Probe probe, String caller) {
    JerseyServer server = servers.get(registration);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(probe.path()))
            .method(
                probe.method(),
                probe.body() == null
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofString(probe.body()));
    if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    if (!caller.isEmpty()) {
      request.header(RoleHeader.NAME, caller);
    }
    HttpResponse<String> response = server.send(request);
    return new Answer(response.statusCode(), response.body());
  }

  /**
   * The counts once {@code expected}'s total is recorded: the companion records a request when its
   * response is complete, which can be a moment after the client has read it.
   */
  private static Map<Map<String, String>, Double> countsOnceRecorded(
      PrometheusRegistry registry, Map<Map<String, String>, Double> expected) {
    double total = expected.values().stream().mapToDouble(Double::doubleValue).sum();
    long deadline = System.nanoTime() + 5_000_000_000L;
    Map<Map<String, String>, Double> counts = counts(registry);
    while (sum(counts) < total && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      counts = counts(registry);
    }
    return counts;
  }

  private static Map<Map<String, String>, Double> counts(PrometheusRegistry registry) {
    return Scrape.of(registry).series("http_request_duration_seconds_count");
  }

  private static String describe(Map<Map<String, String>, Double> counts) {
    return counts.entrySet().stream()
        .map(
            count ->
                count.getKey().get("method") + " " + count.getKey().get("handler") + " "
                    + count.getKey().get("status") + " = " + count.getValue())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static double sum(Map<Map<String, String>, Double> counts) {
    return counts.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * One request of the matrix.
   *
   * @param handler the template it counts under with the companion, {@code none} if it matches no
   *     route, null if it is not recorded
   */
  private record Probe(String method, String path, String contentType, String body, String handler) {
    static Probe get(String path, String handler) {
      return new Probe("GET", path, null, null, handler);
    }

    static Probe post(String path, String contentType, String body, String handler) {
      return new Probe("POST", path, contentType, body, handler);
    }

    Map<String, String> series(int status) {
      return Map.of("method", method, "handler", handler, "status", status / 100 + "xx");
    }

    @Override
    public String toString() {
      return method + " " + path + (body == null ? "" : " '" + body + "'");
    }
  }

  private record Case(Probe probe, String caller) {}

  private record Answer(int status, String body) {
    @Override
    public String toString() {
      return status + " '" + body.replaceAll("\\s+", " ").strip() + "'";
    }
  }
}
