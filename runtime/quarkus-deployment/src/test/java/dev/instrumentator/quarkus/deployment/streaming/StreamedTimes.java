package dev.instrumentator.quarkus.deployment.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.Scrape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Asks {@link Ticks} for its streamed and its whole answer, each read to its end, and returns the
 * seconds recorded for each: for the tests with and without exclude-streaming-duration, whose
 * applications hold it beside {@link Ticks}.
 */
public final class StreamedTimes {
  private StreamedTimes() {}

  /** The seconds recorded for {@code /ticks} and {@code /ticks/whole}, by handler. */
  public static Map<String, Double> of(URI root) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : new String[] {"/ticks", "/ticks/whole"}) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(root.resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode());
      assertEquals("tick 0\ntick 1\ntick 2\n", answer.body());
    }
    Scrape scrape =
        Scrape.awaitCounted(
            () -> Scrape.parse(get(client, root.resolve("/q/metrics")))
                .only("http_request_duration_seconds"),
            2);
    return Map.of(
        "/ticks", seconds(scrape, "/ticks"),
        "/ticks/whole", seconds(scrape, "/ticks/whole"));
  }

  private static double seconds(Scrape scrape, String handler) {
    return scrape.value(
        "http_request_duration_seconds_sum",
        Scrape.labels("handler", handler, "method", "GET", "status", "2xx"));
  }

  private static String get(HttpClient client, URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
