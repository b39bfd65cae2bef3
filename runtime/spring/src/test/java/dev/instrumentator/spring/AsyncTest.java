package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.app.AsyncController;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.Http;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An asynchronous result ({@code CompletableFuture}, {@code DeferredResult}, {@code Callable})
 * counts once, when its response is complete: for the whole time, at least the delay before the
 * result, with the status the client received, failures and {@code @ExceptionHandler}s included,
 * under the template of its handler method.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AsyncTest {
  private static final String SUM = "http_request_duration_seconds_sum";

  @Value("${local.server.port}")
  int port;

  private Http http;

  @BeforeEach
  void client() {
    http = Http.onPort(port);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "/async/future,           200, 2xx",
    "/async/future/fails,     500, 5xx",
    "/async/future/conflict,  409, 4xx",
    "/async/deferred,         200, 2xx",
    "/async/deferred/missing, 404, 4xx",
    "/async/callable,         200, 2xx",
    "/async/callable/fails,   500, 5xx",
  })
  void anAsyncRequestCountsOnceForItsWholeTimeWithItsFinalStatus(
      String path, int status, String countedStatus) {
    Map<String, String> series = labels("method", "GET", "handler", path, "status", countedStatus);
    Map<Map<String, String>, Double> before = http.counts();
    double sumBefore = sumOf(http.scrape(), series);

    assertEquals(status, http.get(path).statusCode(), path);

    assertEquals(Map.of(series, 1.0), http.countsAdded(before, 1));
    double seconds = sumOf(http.scrape(), series) - sumBefore;
    double delay = AsyncController.DELAY.toNanos() / 1e9;
    assertTrue(seconds >= delay && seconds < delay + 5, path + " took " + seconds + " s");
  }

  private static double sumOf(Scrape scrape, Map<String, String> series) {
    return scrape.series(SUM).getOrDefault(series, 0.0);
  }
}
