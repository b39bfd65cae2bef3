package dev.instrumentator.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.instrumentator.quarkus.deployment.app.Books;
import dev.instrumentator.quarkus.deployment.app.Comments;
import dev.instrumentator.quarkus.deployment.app.OutOfStock;
import dev.instrumentator.quarkus.deployment.app.OutOfStockMapper;
import dev.instrumentator.quarkus.deployment.app.Reviews;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code quarkus.instrumentator.enabled=false}, requests are served and nothing is recorded.
 */
class DisabledTest {

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
          .overrideConfigKey("quarkus.instrumentator.enabled", "false");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URL root;

  @Test
  void requestsAreServedAndNotRecorded() throws Exception {
    HttpResponse.BodyHandler<Void> discarding = HttpResponse.BodyHandlers.discarding();
    assertEquals(200, CLIENT.send(request("/books"), discarding).statusCode());
    assertEquals(404, CLIENT.send(request("/books/0"), discarding).statusCode());

    String scrape = CLIENT.send(request("/q/metrics"), HttpResponse.BodyHandlers.ofString()).body();
    assertFalse(scrape.contains("http_request_duration_seconds"), scrape);
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path)).build();
  }
}
