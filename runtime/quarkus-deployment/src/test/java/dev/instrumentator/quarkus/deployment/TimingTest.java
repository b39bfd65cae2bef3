package dev.instrumentator.quarkus.deployment;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.instrumentator.quarkus.deployment.app.Books;
import dev.instrumentator.quarkus.deployment.app.Comments;
import dev.instrumentator.quarkus.deployment.app.OutOfStock;
import dev.instrumentator.quarkus.deployment.app.OutOfStockMapper;
import dev.instrumentator.quarkus.deployment.app.Reviews;
import dev.instrumentator.quarkus.deployment.app.ShelfApi;
import dev.instrumentator.quarkus.deployment.app.Shelves;
import dev.instrumentator.quarkus.deployment.app.Untimed;
import dev.instrumentator.runtime.testing.Scrape;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each request to an {@code @Instrumented} resource counts once, under the template its code
 * declares and with the status the client received, whoever answered it: the endpoint, an
 * exception mapper, Quarkus REST for an unmapped exception or a failed {@code Uni}, or security
 * before the endpoint ran.
 */
class TimingTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(
              jar ->
                  jar.addClasses(
                      Books.class,
                      OutOfStock.class,
                      OutOfStockMapper.class,
                      Untimed.class,
                      ShelfApi.class,
                      Shelves.class,
                      Reviews.class,
                      Comments.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.instrumentator.group-status-codes", "false")
          // Quiet: Quarkus logs each unmapped exception, which two endpoints throw on purpose.
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false")
          .overrideConfigKey(
              "quarkus.log.category.\"io.quarkus.vertx.http.runtime.QuarkusErrorHandler\".level",
              "OFF")
          .overrideConfigKey("quarkus.http.auth.basic", "true")
          .overrideConfigKey("quarkus.security.users.embedded.enabled", "true")
          .overrideConfigKey("quarkus.security.users.embedded.plain-text", "true")
          .overrideConfigKey("quarkus.security.users.embedded.users.clara", "secret")
          .overrideConfigKey("quarkus.security.users.embedded.roles.clara", "clerk")
          .overrideConfigKey("quarkus.security.users.embedded.users.rita", "secret")
          .overrideConfigKey("quarkus.security.users.embedded.roles.rita", "reader");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URL root;

  @Test
  void eachRequestCountsOnceUnderItsTemplateWithTheStatusSent() {
    Map<Map<String, String>, Double> before = counts();
    Map<String, Integer> statuses = new LinkedHashMap<>();
    statuses.put("GET /books", send("GET", "/books", null));
    statuses.put("GET /books/42", send("GET", "/books/42", null));
    statuses.put("GET /books/0", send("GET", "/books/0", null));
    statuses.put("GET /books/later", send("GET", "/books/later", null));
    statuses.put("GET /books/failed-later", send("GET", "/books/failed-later", null));
    statuses.put("GET /books/mapped", send("GET", "/books/mapped", null));
    statuses.put("GET /books/broken", send("GET", "/books/broken", null));
    statuses.put("GET /books/health", send("GET", "/books/health", null));
    statuses.put("GET /untimed", send("GET", "/untimed", null));
    statuses.put("POST /books (no user)", send("POST", "/books", null));
    statuses.put("POST /books (bad password)", send("POST", "/books", "clara:wrong"));
    statuses.put("POST /books (reader)", send("POST", "/books", "rita:secret"));
    statuses.put("POST /books (clerk)", send("POST", "/books", "clara:secret"));
    statuses.put("DELETE /books/7 (clerk)", send("DELETE", "/books/7", "clara:secret"));
    statuses.put("GET /nowhere", send("GET", "/nowhere", null));

    assertEquals(
        Map.ofEntries(
            Map.entry("GET /books", 200),
            Map.entry("GET /books/42", 200),
            Map.entry("GET /books/0", 404),
            Map.entry("GET /books/later", 200),
            Map.entry("GET /books/failed-later", 500),
            Map.entry("GET /books/mapped", 409),
            Map.entry("GET /books/broken", 500),
            Map.entry("GET /books/health", 200),
            Map.entry("GET /untimed", 200),
            Map.entry("POST /books (no user)", 401),
            Map.entry("POST /books (bad password)", 401),
            Map.entry("POST /books (reader)", 403),
            Map.entry("POST /books (clerk)", 201),
            Map.entry("DELETE /books/7 (clerk)", 204),
            Map.entry("GET /nowhere", 404)),
        statuses);
    Map<Map<String, String>, Double> expected = new LinkedHashMap<>();
    expected.put(series("GET", "/books", "200"), 1.0);
    expected.put(series("GET", "/books/{isbn}", "200"), 1.0);
    expected.put(series("GET", "/books/{isbn}", "404"), 1.0);
    expected.put(series("GET", "/books/later", "200"), 1.0);
    expected.put(series("GET", "/books/failed-later", "500"), 1.0);
    expected.put(series("GET", "/books/mapped", "409"), 1.0);
    expected.put(series("GET", "/books/broken", "500"), 1.0);
    expected.put(series("POST", "/books", "401"), 2.0);
    expected.put(series("POST", "/books", "403"), 1.0);
    expected.put(series("POST", "/books", "201"), 1.0);
    expected.put(series("DELETE", "/books/{isbn}", "204"), 1.0);
    expected.put(series("GET", "none", "404"), 1.0);
    assertEquals(
        Scrape.sorted(expected),
        Scrape.sorted(Scrape.countsAdded(this::scrape, before, 14)));
  }

  /**
   * A client that leaves before the answer counts once, under its template, when the server learns
   * it, with 499: no status was sent (design.md, "A client that leaves").
   */
  @Test
  void aClientThatLeavesBeforeTheAnswerCountsOnceWith499() throws Exception {
    Map<Map<String, String>, Double> before = counts();
    HttpRequest request =
        HttpRequest.newBuilder(uri("/books/slow")).timeout(Duration.ofMillis(100)).build();
    assertThrows(
        HttpTimeoutException.class,
        () -> CLIENT.send(request, HttpResponse.BodyHandlers.discarding()));

    assertEquals(
        Map.of(series("GET", "/books/slow", "499"), 1.0),
        Scrape.countsAdded(this::scrape, before, 1));
  }


  /**
   * Routes an interface declares are timed under the template the processor would write: class
   * and method paths joined, slashes tidied, the regular expression dropped; {@code @DoNotTrack}
   * counts on the interface's method and on the class's override.
   */
  @Test
  void routesFromAnInterfaceCountUnderTheirTemplate() {
    Map<Map<String, String>, Double> before = counts();
    assertEquals(200, send("GET", "/shelves/poetry/books", null));
    assertEquals(200, send("GET", "/shelves/count", null));
    assertEquals(200, send("GET", "/shelves/first", null));
    assertEquals(200, send("GET", "/shelves/poetry/books", null));

    assertEquals(
        Map.of(series("GET", "/shelves/{shelf}/books", "200"), 2.0),
        Scrape.countsAdded(this::scrape, before, 2));
  }

  /**
   * An endpoint of an {@code @Instrumented} sub-resource counts under the locators' paths and its
   * own, as Jersey's companion counts it, whichever class declares the locator: root resource's
   * class path, each locator's path, the endpoint's, regular expressions dropped; refused by its
   * security under that template too. A locator that fails matched no endpoint: {@code none}.
   */
  @Test
  void endpointsOfSubResourcesCountUnderTheLocatorsPathsAndTheirOwn() {
    Map<Map<String, String>, Double> before = counts();
    Map<String, Integer> statuses = new LinkedHashMap<>();
    statuses.put("GET /books/7/reviews", send("GET", "/books/7/reviews", null));
    statuses.put("GET /books/7/reviews/2", send("GET", "/books/7/reviews/2", null));
    statuses.put("GET /books/7/reviews/0", send("GET", "/books/7/reviews/0", null));
    statuses.put("GET /books/7/reviews/count", send("GET", "/books/7/reviews/count", null));
    statuses.put("DELETE /books/7/reviews/2 (no user)", send("DELETE", "/books/7/reviews/2", null));
    statuses.put(
        "DELETE /books/7/reviews/2 (clerk)", send("DELETE", "/books/7/reviews/2", "clara:secret"));
    statuses.put("GET /books/0/reviews", send("GET", "/books/0/reviews", null));
    statuses.put(
        "GET /books/7/reviews/2/comments", send("GET", "/books/7/reviews/2/comments", null));
    statuses.put(
        "GET /books/7/reviews/2/comments/5", send("GET", "/books/7/reviews/2/comments/5", null));
    statuses.put("GET /untimed/reviews/3", send("GET", "/untimed/reviews/3", null));
    statuses.put("GET /untimed/reviews/3 again", send("GET", "/untimed/reviews/3", null));

    Map<String, Integer> expectedStatuses = new LinkedHashMap<>();
    expectedStatuses.put("GET /books/7/reviews", 200);
    expectedStatuses.put("GET /books/7/reviews/2", 200);
    expectedStatuses.put("GET /books/7/reviews/0", 404);
    expectedStatuses.put("GET /books/7/reviews/count", 200);
    expectedStatuses.put("DELETE /books/7/reviews/2 (no user)", 401);
    expectedStatuses.put("DELETE /books/7/reviews/2 (clerk)", 204);
    expectedStatuses.put("GET /books/0/reviews", 404);
    expectedStatuses.put("GET /books/7/reviews/2/comments", 200);
    expectedStatuses.put("GET /books/7/reviews/2/comments/5", 200);
    expectedStatuses.put("GET /untimed/reviews/3", 200);
    expectedStatuses.put("GET /untimed/reviews/3 again", 200);
    assertEquals(expectedStatuses, statuses);
    Map<Map<String, String>, Double> expected = new LinkedHashMap<>();
    expected.put(series("GET", "/books/{isbn}/reviews", "200"), 1.0);
    expected.put(series("GET", "/books/{isbn}/reviews/{n}", "200"), 1.0);
    expected.put(series("GET", "/books/{isbn}/reviews/{n}", "404"), 1.0);
    expected.put(series("DELETE", "/books/{isbn}/reviews/{n}", "401"), 1.0);
    expected.put(series("DELETE", "/books/{isbn}/reviews/{n}", "204"), 1.0);
    expected.put(series("GET", "none", "404"), 1.0);
    expected.put(series("GET", "/books/{isbn}/reviews/{n}/comments", "200"), 1.0);
    expected.put(series("GET", "/books/{isbn}/reviews/{n}/comments/{c}", "200"), 1.0);
    expected.put(series("GET", "/untimed/reviews/{n}", "200"), 2.0);
    assertEquals(
        Scrape.sorted(expected),
        Scrape.sorted(Scrape.countsAdded(this::scrape, before, 10)));
  }

  private static Map<String, String> series(String method, String handler, String status) {
    return labels("handler", handler, "method", method, "status", status);
  }

  private Map<Map<String, String>, Double> counts() {
    return scrape()
        .only("http_request_duration_seconds")
        .series("http_request_duration_seconds_count");
  }

  private Scrape scrape() {
    return Scrape.parse(get("/q/metrics"));
  }

  private String get(String path) {
    try {
      return CLIENT
          .send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int send(String method, String path, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                method.equals("POST")
                    ? HttpRequest.BodyPublishers.ofString("Dune")
                    : HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(root.toString().replaceAll("/$", "") + path);
  }
}
