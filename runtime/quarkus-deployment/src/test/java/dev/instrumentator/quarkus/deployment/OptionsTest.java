package dev.instrumentator.quarkus.deployment;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.quarkus.deployment.app.Books;
import dev.instrumentator.quarkus.deployment.app.Comments;
import dev.instrumentator.quarkus.deployment.app.OutOfStock;
import dev.instrumentator.quarkus.deployment.app.OutOfStockMapper;
import dev.instrumentator.quarkus.deployment.app.Reviews;
import dev.instrumentator.runtime.testing.Scrape;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code quarkus.instrumentator.*} shapes the metrics as the same options of HttpMetrics do. */
class OptionsTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(
              jar ->
                  jar.addClasses(
                      Books.class,
                      OutOfStock.class,
                      OutOfStockMapper.class,
                      Reviews.class,
                      Comments.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false")
          .overrideConfigKey("quarkus.instrumentator.namespace", "shop")
          .overrideConfigKey("quarkus.instrumentator.constant-labels.region", "eu")
          .overrideConfigKey("quarkus.instrumentator.label-names.handler", "route")
          .overrideConfigKey("quarkus.instrumentator.group-status-codes", "false")
          .overrideConfigKey("quarkus.instrumentator.requests-total", "true")
          .overrideConfigKey("quarkus.instrumentator.excluded-handlers", "^/books/later$")
          .overrideConfigKey("quarkus.instrumentator.create-series-at-startup", "true");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URL root;

  @Test
  void theOptionsShapeTheMetrics() throws Exception {
    assertEquals(200, send("/books"));
    assertEquals(200, send("/books/later"));

    Scrape scrape =
        Scrape.awaitCounted(
            () -> Scrape.parse(body("/q/metrics")).only("shop_http_request_duration_seconds"), 1);
    // The series counted: the others exist from start-up at zero.
    Map<Map<String, String>, Double> counted = new java.util.HashMap<>();
    sortedKeys(scrape.series("shop_http_request_duration_seconds_count"))
        .forEach((labels, count) -> {
          if (count > 0) {
            counted.put(labels, count);
          }
        });
    assertEquals(
        Map.of(labels("method", "GET", "region", "eu", "route", "/books", "status", "200"), 1.0),
        counted);
    assertEquals(
        1.0,
        Scrape.parse(body("/q/metrics"))
            .value(
                "shop_http_requests_total",
                labels("method", "GET", "region", "eu", "route", "/books", "status", "200")));
  }

  /**
   * With create-series-at-startup, every timed endpoint of a resource has its series from the
   * first scrape, at zero (the others' tests may have counted some since): not an excluded one, a
   * {@code @DoNotTrack} one, or a sub-resource's, whose route depends on the locators.
   */
  @Test
  void everyTimedEndpointHasItsSeriesFromStartUp() {
    Map<String, Double> series = new java.util.TreeMap<>();
    Scrape.parse(body("/q/metrics"))
        .only("shop_http_request_duration_seconds")
        .series("shop_http_request_duration_seconds_count")
        .forEach(
            (labels, count) -> series.put(labels.get("method") + " " + labels.get("route"), count));
    assertEquals(
        java.util.Set.of(
            "DELETE /books/{isbn}",
            "GET /books",
            "GET /books/broken",
            "GET /books/failed-later",
            "GET /books/mapped",
            "GET /books/slow",
            "GET /books/{isbn}",
            "POST /books"),
        series.keySet());
    assertEquals(0.0, series.get("GET /books/{isbn}"));
  }

  /** The labels in one order, whatever order the scrape wrote them in. */
  private static java.util.Map<java.util.Map<String, String>, Double> sortedKeys(
      java.util.Map<java.util.Map<String, String>, Double> series) {
    java.util.Map<java.util.Map<String, String>, Double> sorted = new java.util.HashMap<>();
    series.forEach((labels, value) -> sorted.put(new java.util.TreeMap<>(labels), value));
    return sorted;
  }

  private int send(String path) throws Exception {
    return CLIENT.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String body(String path) {
    try {
      return CLIENT.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path)).build();
  }
}
