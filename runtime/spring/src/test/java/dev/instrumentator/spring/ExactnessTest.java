package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Under concurrent load of every kind of outcome (success, exception handler, unhandled
 * exception, refused by security, unknown path, asynchronous), each request counts exactly once:
 * the counts are those sent, nothing lost and nothing doubled.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ExactnessTest {
  private static final int THREADS = 16;
  private static final int REQUESTS_PER_THREAD = 500;

  /** What a client sends, and where it counts. */
  private record Kind(String method, String path, String user, int status, String handler) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("GET", "/status/items/42", null, 200, "/status/items/{id}"),
          new Kind("POST", "/status/created", null, 201, "/status/created"),
          new Kind("GET", "/status/conflict/1", null, 409, "/status/conflict/{id}"),
          new Kind("GET", "/reports/summary", null, 401, "/reports/summary"),
          new Kind("GET", "/status/items/x", null, 404, "none"),
          new Kind("GET", "/status/one", null, 200, "/status/one"),
          new Kind("GET", "/status/two/2", null, 200, "/status/two/{n}"));

  /**
   * Kinds sent once in {@link #RARELY} requests each, being slow: asynchronous (150 ms), failing
   * unhandled (the container logs it at length), refused by method security (Spring Security takes
   * some 80 ms to answer 403 on this machine, instrumented or not).
   */
  private static final List<Kind> RARE =
      List.of(
          new Kind("GET", "/async/callable", null, 200, "/async/callable"),
          new Kind("GET", "/status/boom", null, 500, "/status/boom"),
          new Kind("GET", "/reports/7", "reader", 403, "/reports/{id}"));

  private static final int RARELY = 40;

  @Value("${local.server.port}")
  int port;

  @Test
  void concurrentRequestsCountExactlyOnceEach() throws Exception {
    Http http = Http.onPort(port);
    Map<Map<String, String>, Double> before = http.counts();
    Map<Map<String, String>, Double> expected = new HashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> wrongAnswers = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      List<Kind> plan = new ArrayList<>();
      for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
        Kind kind =
            i % RARELY < RARE.size()
                ? RARE.get(i % RARELY)
                : KINDS.get((thread + i) % KINDS.size());
        plan.add(kind);
        expected.merge(
            labels("method", kind.method(), "handler", kind.handler(), "status", kind.status() / 100 + "xx"),
            1.0,
            Double::sum);
      }
      wrongAnswers.add(clients.submit(() -> send(http, plan)));
    }
    List<String> wrong = new ArrayList<>();
    for (Future<List<String>> answers : wrongAnswers) {
      wrong.addAll(answers.get());
    }
    clients.shutdown();

    assertEquals(List.of(), wrong);
    assertEquals(expected, http.countsAdded(before, THREADS * REQUESTS_PER_THREAD));
  }

  private static List<String> send(Http http, List<Kind> plan) {
    List<String> wrong = new ArrayList<>();
    for (Kind kind : plan) {
      int status = http.send(kind.method(), kind.path(), kind.user(), null).statusCode();
      if (status != kind.status()) {
        wrong.add(kind + " answered " + status);
      }
    }
    return wrong;
  }
}
