package dev.instrumentator.example.dropwizard;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On Dropwizard, an {@code @Instrumented} resource is timed with nothing registered for it: the
 * companion comes by Jersey's auto-discovery, and the scrape shows the request under its template.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LibraryApplicationTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static final DropwizardAppExtension<Configuration> APP =
      new DropwizardAppExtension<>(
          LibraryApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"));
  private static final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void freshMetrics() {
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
  }

  @Test
  void aRequestIsTimedUnderItsTemplateAndScraped() throws Exception {
    HttpResponse<String> loan = get("/loans/7");

    assertEquals("loan 7\n", loan.body());
    Scrape scrape = Scrape.awaitCounted(() -> Scrape.parse(body("/metrics")), 1);
    assertEquals(
        1.0,
        scrape.value(
            "http_request_duration_seconds_count",
            labels("method", "GET", "handler", "/loans/{id}", "status", "2xx")));
  }

  /**
   * Dropwizard's exception mappers answer a failed asynchronous response (here a 404 with a JSON
   * body), and what the client received is what is recorded.
   */
  @Test
  void aFailedAsynchronousResponseCountsWithTheStatusDropwizardSent() throws Exception {
    int status = get("/loans/8/overdue").statusCode();
    assertEquals(404, status);

    Map<Map<String, String>, Double> counts =
        Scrape.awaitCounted(() -> Scrape.of(registry), 2)
            .series("http_request_duration_seconds_count");
    assertEquals(
        1.0,
        counts.get(
            labels("method", "GET", "handler", "/loans/{id}/overdue", "status", status / 100 + "xx")),
        "counted: " + counts + "; answered " + status);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + APP.getLocalPort() + path)).build(),
        BodyHandlers.ofString());
  }

  private static String body(String path) {
    try {
      return get(path).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
