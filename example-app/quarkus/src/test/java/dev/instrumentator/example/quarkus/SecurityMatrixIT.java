package dev.instrumentator.example.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.Scrape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bookstore's packaged jar with instrumentator's extension answers every request as the same
 * sources built without it do: every route, with no user, a bad password, a user of the wrong role
 * and one of the right role, the same status and body; and each request counts once, under the
 * template its code declares, with the status the client received.
 */
class SecurityMatrixIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  /** Quarkus answers an unexpected exception with an error id of its own, random. */
  private static final String ERROR_ID =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-\\d+)?";
  private static final String NO_USER = null;
  private static final String BAD_PASSWORD = "clara:wrong";
  private static final String WRONG_ROLE = "gus:secret";

  private static PackagedApp instrumented;
  private static PackagedApp plain;

  /**
   * One route of the matrix: its request, the template it counts under ({@code none} for no
   * endpoint, null for one not timed), the user of the right role, and the template of a request
   * HTTP authentication refuses (a bad password) before Quarkus REST matched it: the same, looked
   * up, but {@code none} through a sub-resource locator, which has not run.
   */
  record Route(
      String method, String path, String template, String rightUser, String refusedTemplate) {
    Route(String method, String path, String template, String rightUser) {
      this(method, path, template, rightUser, template);
    }

    String templateFor(String user) {
      return BAD_PASSWORD.equals(user) ? refusedTemplate : template;
    }
  }

  private static final List<Route> ROUTES =
      List.of(
          new Route("GET", "/books", "/books", "rita:secret"),
          new Route("GET", "/books/1", "/books/{isbn}", "rita:secret"),
          new Route("GET", "/books/9", "/books/{isbn}", "rita:secret"),
          new Route("GET", "/books/1/price", "/books/{isbn}/price", "rita:secret"),
          new Route("GET", "/books/9/price", "/books/{isbn}/price", "rita:secret"),
          new Route("POST", "/books", "/books", "clara:secret"),
          new Route("DELETE", "/books/2", "/books/{isbn}", "clara:secret"),
          new Route("DELETE", "/books/3", "/books/{isbn}", "clara:secret"),
          new Route("GET", "/books/audit", "/books/audit", "clara:secret"),
          new Route("GET", "/books/bestseller", "/books/bestseller", "rita:secret"),
          new Route("GET", "/books/health", null, "rita:secret"),
          new Route("GET", "/books/1/reviews", "/books/{isbn}/reviews", "rita:secret", "none"),
          new Route("POST", "/books/2/reviews", "/books/{isbn}/reviews", "rita:secret", "none"),
          new Route("GET", "/books/9/reviews", "none", "rita:secret"),
          new Route("PUT", "/books", "none", "clara:secret"),
          new Route("GET", "/nowhere", "none", "rita:secret"));

  @BeforeAll
  static void start() throws Exception {
    instrumented =
        PackagedApp.start(Path.of("target/quarkus-app/quarkus-run.jar"), "/books/health");
    plain =
        PackagedApp.start(
            Path.of("../quarkus-plain/target/quarkus-app/quarkus-run.jar"), "/books/health");
  }

  @AfterAll
  static void stop() {
    if (instrumented != null) {
      instrumented.close();
    }
    if (plain != null) {
      plain.close();
    }
  }

  @Test
  void everyAnswerIsTheSameAndEachRequestCountsOnce() throws Exception {
    Map<Map<String, String>, Double> before = counts();
    Map<Map<String, String>, Double> expected = new LinkedHashMap<>();
    List<String> differences = new ArrayList<>();
    int cases = 0;
    int timed = 0;
    for (Route route : ROUTES) {
      for (String user : new String[] {NO_USER, BAD_PASSWORD, WRONG_ROLE, route.rightUser()}) {
        String withIt = answer(instrumented, route, user);
        String without = answer(plain, route, user);
        cases++;
        if (!withIt.equals(without)) {
          differences.add(route.method() + " " + route.path() + " as " + user + ": with "
              + withIt + ", without " + without);
        }
        String template = route.templateFor(user);
        if (template != null) {
          timed++;
          int status = Integer.parseInt(withIt.substring(0, 3));
          expected.merge(
              Scrape.labels(
                  "handler", template,
                  "method", route.method(),
                  "status", status / 100 + "xx"),
              1.0,
              Double::sum);
        }
      }
    }
    System.out.printf("Quarkus security: %d cases, %d differences%n", cases, differences.size());
    assertEquals(List.of(), differences);
    assertEquals(
        Scrape.sorted(expected),
        Scrape.sorted(Scrape.countsAdded(SecurityMatrixIT::scrape, before, timed)));
  }

  /** No endpoint of its own without the extension: Quarkus answers 404. */
  @Test
  void withoutTheExtensionThereIsNoMetricsEndpoint() throws Exception {
    assertEquals("404", answer(plain, new Route("GET", "/q/metrics", null, null), NO_USER).substring(0, 3));
  }


  private static Map<Map<String, String>, Double> counts() {
    return scrape()
        .only("http_request_duration_seconds")
        .series("http_request_duration_seconds_count");
  }

  private static Scrape scrape() {
    try {
      HttpRequest request = HttpRequest.newBuilder(instrumented.root.resolve("/q/metrics")).build();
      return Scrape.parse(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The status and body, the error id masked. */
  private static String answer(PackagedApp app, Route route, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.root + route.path()))
            .method(
                route.method(),
                route.method().equals("POST") || route.method().equals("PUT")
                    ? HttpRequest.BodyPublishers.ofString("Middlemarch")
                    : HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body().replaceAll(ERROR_ID, "<error id>");
  }
}
