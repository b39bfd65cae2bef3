package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.scanned.locator.ShelfResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MetricsEndpoint}: one line serves the metrics in the format and encoding the scraper
 * asks for, and its own requests are never timed.
 */
class MetricsEndpointTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static final PrometheusRegistry other = new PrometheusRegistry();
  /** With the default endpoint, serving the default metrics. */
  private static JerseyServer server;
  /** With one at another path, serving another registry. */
  private static JerseyServer jobs;

  @BeforeAll
  static void start() throws Exception {
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
    Counter.builder().name("jobs_total").help("Jobs").register(other).inc();
    server = JerseyServer.start(application().register(new MetricsEndpoint()));
    jobs =
        JerseyServer.start(
            application().register(new MetricsEndpoint("/internal/jobs").registry(other)));
  }

  @AfterAll
  static void stop() {
    server.close();
    jobs.close();
  }

  private static ResourceConfig application() {
    return new ResourceConfig()
        .register(GreetingResource.class)
        .register(ShelfResource.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  @Test
  void theTextFormatByDefaultWithTheRequestsTimed() {
    server.get("/greetings/ada");

    Scrape scrape = server.scrapeAfter(1);
    assertTrue(
        scrape
            .series("http_request_duration_seconds_count")
            .containsKey(labels("method", "GET", "handler", "/greetings/{name}", "status", "2xx")),
        scrape.samples().toString());
    HttpResponse<String> response = server.get("/metrics");
    assertEquals("text/plain; version=0.0.4; charset=utf-8", contentType(response));
  }

  @Test
  void openMetricsWhenAskedFor() {
    HttpResponse<String> response =
        server.request("GET", "/metrics", "Accept", "application/openmetrics-text; version=1.0.0");

    assertEquals(200, response.statusCode());
    assertTrue(contentType(response).startsWith("application/openmetrics-text"));
    assertTrue(response.body().endsWith("# EOF\n"), response.body());
  }

  @Test
  void protobufWhenAskedFor() {
    HttpResponse<String> response =
        server.request(
            "GET",
            "/metrics",
            "Accept",
            "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;"
                + "encoding=delimited");

    assertTrue(contentType(response).startsWith("application/vnd.google.protobuf"));
  }

  @Test
  void gzippedWhenTheScraperAccepts() throws IOException {
    HttpResponse<InputStream> response =
        jobs.client()
            .sendAsync(
                HttpRequest.newBuilder(jobs.uri("/internal/jobs"))
                    .header("Accept-Encoding", "gzip")
                    .build(),
                BodyHandlers.ofInputStream())
            .join();

    assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
    String text;
    try (InputStream unzipped = new GZIPInputStream(response.body())) {
      text = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(text.contains("jobs_total 1.0"), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip;q=0, identity", "gzip; q=0.000", "identity", "deflate"})
  void notGzippedWhenTheScraperRefuses(String acceptEncoding) {
    HttpResponse<String> response =
        jobs.request("GET", "/internal/jobs", "Accept-Encoding", acceptEncoding);

    assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
    assertTrue(response.body().contains("jobs_total 1.0"), response.body());
  }

  /** Adding the endpoint leaves the resources reached through a locator as they were. */
  @Test
  void subResourcesAreStillServed() {
    HttpResponse<String> response = server.get("/shelves/poetry");

    assertEquals(200, response.statusCode());
    assertEquals("poetry\n", response.body());
  }

  @Test
  void scrapesAreNeverTimed() {
    for (int i = 0; i < 3; i++) {
      server.get("/metrics");
      jobs.get("/internal/jobs");
    }

    for (Scrape.Sample sample : Scrape.of(registry).samples()) {
      assertFalse(sample.labels().getOrDefault("handler", "").contains("metrics"), sample.toString());
      assertFalse(sample.labels().getOrDefault("handler", "").contains("jobs"), sample.toString());
    }
  }

  @Test
  void aPathThatIsNotPlainIsRefused() {
    IllegalArgumentException failure =
        assertThrows(IllegalArgumentException.class, () -> new MetricsEndpoint("/metrics/{job}"));
    assertEquals(
        "metrics endpoint path '/metrics/{job}' is not a plain path: give one such as /metrics",
        failure.getMessage());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
