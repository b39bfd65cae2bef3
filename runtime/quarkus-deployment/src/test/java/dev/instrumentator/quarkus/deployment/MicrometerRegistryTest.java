package dev.instrumentator.quarkus.deployment;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.quarkus.deployment.app.Comments;
import dev.instrumentator.quarkus.deployment.app.Reviews;
import dev.instrumentator.quarkus.deployment.app.Untimed;
import dev.instrumentator.runtime.testing.Scrape;
import io.quarkus.builder.Version;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With Quarkus's Micrometer Prometheus registry in the application, its {@code /q/metrics} serves
 * instrumentator's histogram beside Micrometer's own meters (design.md, Q7).
 */
class MicrometerRegistryTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(
              jar -> jar.addClasses(Hello.class, Untimed.class, Reviews.class, Comments.class))
          .setForcedDependencies(
              List.of(
                  Dependency.of(
                      "io.quarkus", "quarkus-micrometer-registry-prometheus", Version.getVersion())))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URL root;

  @Test
  void micrometersEndpointServesTheHistogram() throws Exception {
    assertEquals("hello", get("/hello/world").body());

    Scrape scrape =
        Scrape.awaitCounted(
            () -> Scrape.parse(getUnchecked("/q/metrics")).only("http_request_duration_seconds"),
            1);
    Map<String, String> series =
        labels("handler", "/hello/{name}", "method", "GET", "status", "2xx");
    assertEquals(1.0, scrape.value("http_request_duration_seconds_count", series));
    Map<String, String> infinity =
        labels("handler", "/hello/{name}", "method", "GET", "status", "2xx", "le", "+Inf");
    // Cumulative, as the text format has them: the last bucket holds every request.
    assertEquals(1.0, scrape.value("http_request_duration_seconds_bucket", infinity));
    assertTrue(getUnchecked("/q/metrics").contains("http_server_requests_seconds_count"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String getUnchecked(String path) {
    try {
      return get(path).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @dev.instrumentator.annotations.Instrumented
  @Path("/hello")
  public static class Hello {
    @GET
    @Path("/{name}")
    public String hello() {
      return "hello";
    }
  }
}
