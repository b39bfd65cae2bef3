package dev.instrumentator.quarkus.deployment;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.quarkus.deployment.spring.Catalogue;
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

/**
 * An {@code @Instrumented} Spring controller that Quarkus REST serves, through Quarkus's Spring
 * compatibility ({@code quarkus-spring-web}), is timed as a resource is: under its template,
 * {@code @DoNotTrack} honoured.
 */
class SpringWebTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(Catalogue.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URL root;

  @Test
  void aSpringControllerIsTimedUnderItsTemplate() throws Exception {
    Map<Map<String, String>, Double> before = counts();
    assertEquals("book 42", get("/catalogue/42").body());
    assertEquals("ok", get("/catalogue/health").body());
    assertEquals(404, get("/catalogue").statusCode());

    assertEquals(
        Scrape.sorted(
            Map.of(
                labels("handler", "/catalogue/{isbn}", "method", "GET", "status", "2xx"), 1.0,
                labels("handler", "none", "method", "GET", "status", "4xx"), 1.0)),
        Scrape.sorted(Scrape.countsAdded(this::scrape, before, 2)));
  }

  private Map<Map<String, String>, Double> counts() {
    return scrape()
        .only("http_request_duration_seconds")
        .series("http_request_duration_seconds_count");
  }

  private Scrape scrape() {
    try {
      return Scrape.parse(get("/q/metrics").body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
