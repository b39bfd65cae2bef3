package dev.instrumentator.quarkus.deployment;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.quarkus.deployment.listening.Echo;
import dev.instrumentator.quarkus.deployment.listening.HeardRequests;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.runtime.testing.Scrape;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
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
 * {@code quarkus.instrumentator.sizes=true} keeps the sizes of the bodies Vert.x read and wrote,
 * and every {@code RequestListener} bean hears each recorded request, sizes included.
 */
class SizesAndListenersTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(Echo.class, HeardRequests.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false")
          .overrideConfigKey("quarkus.instrumentator.sizes", "true");

  /** Upgrades to HTTP/2 (h2c), which Vert.x accepts. */
  private static final HttpClient HTTP_2 = HttpClient.newHttpClient();

  private static final HttpClient HTTP_1 =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TestHTTPResource("/")
  URL root;

  /**
   * The same sizes over HTTP/1.1 and HTTP/2, where Vert.x counts a body written from a worker
   * thread only after the response ended. A request's body that nobody read counts 0.
   */
  @Test
  void sizesAreKeptAndListenersHearEachRequest() throws Exception {
    for (HttpClient client : List.of(HTTP_1, HTTP_2)) {
      assertEquals(200, post(client, "/echo", "Dune"));
      assertEquals(200, post(client, "/echo", "Middlemarch"));
    }
    HttpResponse<String> missing = send(HTTP_1, "/nowhere", "Emma");
    assertEquals(404, missing.statusCode());

    Await.size(HeardRequests.HEARD, 5);
    assertEquals(
        List.of(
            "POST /echo 200 4 5",
            "POST /echo 200 11 12",
            "POST /echo 200 4 5",
            "POST /echo 200 11 12",
            "POST none 404 0 " + missing.body().length()),
        HeardRequests.HEARD);
    Scrape scrape = Scrape.parse(send(HTTP_1, "/q/metrics", null).body());
    Map<String, String> echo = labels("handler", "/echo", "method", "POST", "status", "2xx");
    assertEquals(30.0, scrape.value("http_request_size_bytes_sum", echo));
    assertEquals(34.0, scrape.value("http_response_size_bytes_sum", echo));
    assertEquals(4.0, scrape.value("http_response_size_bytes_count", echo));
  }

  private int post(HttpClient client, String path, String body) throws Exception {
    return send(client, path, body).statusCode();
  }

  /** A POST of {@code body}, or a GET for none. */
  private HttpResponse<String> send(HttpClient client, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (body != null) {
      request.POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(root.toString().replaceAll("/$", "") + path);
  }
}
