package dev.instrumentator.spring.testing;

import dev.instrumentator.runtime.testing.Scrape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A client of an application on a loopback port: requests as an anonymous caller or as a user of
 * HTTP Basic, and the scrape of its metrics endpoint, parsed.
 */
public final class Http {
  /** Where Spring Boot's actuator serves the Prometheus registry. */
  public static final String ACTUATOR_PROMETHEUS = "/actuator/prometheus";

  private static final String HISTOGRAM = "http_request_duration_seconds";
  private static final String COUNT = HISTOGRAM + "_count";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final URI base;
  private final String metricsPath;

  private Http(URI base, String metricsPath) {
    this.base = base;
    this.metricsPath = metricsPath;
  }

  /** The application on {@code port}, whose metrics are at {@code /actuator/prometheus}. */
  public static Http onPort(int port) {
    return new Http(URI.create("http://127.0.0.1:" + port), ACTUATOR_PROMETHEUS);
  }

  /** The same application, its metrics read from {@code path}. */
  public Http metricsAt(String path) {
    return new Http(base, path);
  }

  public String hostAndPort() {
    return base.getAuthority();
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  /**
   * @param user a user name whose password is {@code password}, or null for an anonymous caller
   * @param body a body to send, or null for none
   */
  public HttpResponse<String> send(String method, String path, String user, String body) {
    return send(method, path, user, body, "secret");
  }

  public HttpResponse<String> send(
      String method, String path, String user, String body, String password) {
    return send(method, path, user, body, password, Map.of());
  }

  /** The same, with {@code headers} added to the request. */
  public HttpResponse<String> send(
      String method,
      String path,
      String user,
      String body,
      String password,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "text/plain");
    }
    headers.forEach(request::header);
    if (user != null) {
      String credentials = user + ":" + password;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return CLIENT.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The metrics endpoint, checked to answer 200, parsed. */
  public Scrape scrape() {
    HttpResponse<String> response = get(metricsPath);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          metricsPath + " answered " + response.statusCode() + ": " + response.body());
    }
    return Scrape.parse(response.body());
  }

  /**
   * The scrape once {@code requests} requests are counted in the request-duration histogram: a
   * request is recorded when its response is complete, a moment after the client has read it.
   */
  public Scrape scrapeAfter(int requests) {
    return Scrape.awaitCounted(() -> histogramOnly(scrape()), requests);
  }

  /** The request counts of the histogram now, by label set. */
  public Map<Map<String, String>, Double> counts() {
    return histogramOnly(scrape()).series(COUNT);
  }

  /**
   * What {@code requests} more requests than {@code before} added to the counts, by label set,
   * once they are all counted; label sets they did not add to are left out.
   */
  public Map<Map<String, String>, Double> countsAdded(
      Map<Map<String, String>, Double> before, int requests) {
    return Scrape.countsAdded(this::scrape, before, requests);
  }

  private static Scrape histogramOnly(Scrape scrape) {
    return scrape.only(HISTOGRAM);
  }
}
