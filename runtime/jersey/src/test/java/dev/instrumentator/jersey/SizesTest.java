package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.bodies.BodiesResource;
import dev.instrumentator.jersey.faults.OutcomesResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.RequestLines;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request and response sizes through a Jersey server: each recorded size equals the bytes that
 * crossed the wire, whether the container sent a Content-Length or chunks; a size that cannot be
 * known is left out.
 */
class SizesTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static final List<String> heard = new CopyOnWriteArrayList<>();
  private static JerseyServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        JerseyServer.start(
            new ResourceConfig()
                .register(BodiesResource.class)
                .register(OutcomesResource.class)
                .register(
                    new InstrumentatorFeature(
                        HttpMetrics.builder()
                            .sizes(true)
                            .groupStatusCodes(false)
                            .listeners(
                                request -> heard.add(RequestLines.withSizes(request)))
                            .register(registry)))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void eachSizeIsWhatCrossedTheWireOrLeftOutWhenNotKnown() {
    HttpResponse<String> echoed =
        server.send(HttpRequest.newBuilder(server.uri("/bodies/echo")).POST(BodyPublishers.ofString("héllo")));
    HttpResponse<String> large = server.get("/bodies/large");
    HttpResponse<String> streamed = server.get("/bodies/stream");
    HttpResponse<String> deleted = server.delete("/bodies");
    HttpResponse<String> missing = server.get("/nowhere");
    HttpResponse<String> chunked =
        server.send(
            HttpRequest.newBuilder(server.uri("/bodies/echo"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[] {'a'}))));
    // An exception no mapper handles: the container sends its own error page (1,031 bytes from
    // Grizzly), and what is recorded is what Jersey wrote before (docs/options.md says so).
    HttpResponse<String> broken = server.get("/outcomes/broken");
    // Last: a chunked request sent on the connection a ChunkedOutput response had used was, now
    // and then (about one run in four), never answered by Grizzly within the client's 10 s.
    HttpResponse<String> chunks = server.get("/bodies/chunks");
    awaitHeard(8);

    assertEquals(500, broken.statusCode());
    assertTrue(bytes(broken) > 141, "the container's page: " + bytes(broken) + " bytes");
    assertEquals("chunked", large.headers().firstValue("Transfer-Encoding").orElse(null));
    // In any order: a ChunkedOutput is recorded when it closes, on its own thread.
    assertEquals(
        sorted(List.of(
            "POST /bodies/echo 200 6 " + bytes(echoed),
            "GET /bodies/large 200 0 " + bytes(large),
            "GET /bodies/stream 200 0 " + bytes(streamed),
            "DELETE /bodies 204 0 " + bytes(deleted),
            "GET none 404 0 " + bytes(missing),
            "GET /bodies/chunks 200 0 -1",
            "GET /outcomes/broken 500 0 141",
            "POST /bodies/echo 200 1 " + bytes(chunked))),
        sorted(heard));
    assertEquals(
        Map.of(
            labels("method", "POST", "handler", "/bodies/echo", "status", "200"),
            (double) bytes(echoed) + bytes(chunked),
            labels("method", "GET", "handler", "/bodies/large", "status", "200"), 20_000.0,
            labels("method", "GET", "handler", "/bodies/stream", "status", "200"), 100.0,
            labels("method", "DELETE", "handler", "/bodies", "status", "204"), 0.0,
            labels("method", "GET", "handler", "none", "status", "404"), (double) bytes(missing),
            labels("method", "GET", "handler", "/bodies/chunks", "status", "200"), 0.0,
            labels("method", "GET", "handler", "/outcomes/broken", "status", "500"), 141.0),
        Scrape.of(registry).series("http_response_size_bytes_sum"));
    assertEquals(
        0.0,
        Scrape.of(registry).value(
            "http_response_size_bytes_count",
            labels("method", "GET", "handler", "/bodies/chunks", "status", "200")),
        "a ChunkedOutput's size is not known: each chunk is written on its own");
    Map<String, String> echo = labels("method", "POST", "handler", "/bodies/echo", "status", "200");
    // What was read, a chunked body's too.
    assertEquals(7.0, Scrape.of(registry).value("http_request_size_bytes_sum", echo));
    assertEquals(2.0, Scrape.of(registry).value("http_request_size_bytes_count", echo));
  }

  /**
   * A request's size is what arrived and was read, never what its {@code Content-Length} merely
   * declares: one body-less request declaring the largest length would otherwise poison the sum.
   */
  @Test
  void aLengthDeclaredButNeverSentIsNotCounted() throws Exception {
    double before = Scrape.of(registry).only("http_request_size_bytes").counted();
    double sumBefore =
        Scrape.of(registry).series("http_request_size_bytes_sum").values().stream()
            .mapToDouble(Double::doubleValue)
            .sum();
    String host = server.hostAndPort();
    try (Socket socket =
        new Socket(host.substring(0, host.indexOf(':')), server.uri("/").getPort())) {
      // A POST, as Grizzly itself answers 400 to a GET that declares a body.
      socket.getOutputStream().write(
          ("POST /bodies/unread HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: " + (1L << 40)
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // The status line is enough: the rest waits for a body that never comes.
      BufferedReader response =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      assertEquals("HTTP/1.1 204 No Content", response.readLine());
    }
    Scrape scrape =
        Scrape.awaitCounted(
            () -> Scrape.of(registry).only("http_request_size_bytes"), (int) before + 1);

    assertEquals(before + 1, scrape.counted());
    assertEquals(
        sumBefore,
        scrape.series("http_request_size_bytes_sum").values().stream()
            .mapToDouble(Double::doubleValue)
            .sum());
  }

  /** Requests are recorded once their response is complete, maybe after the client has it. */
  private static void awaitHeard(int requests) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (heard.size() < requests && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static List<String> sorted(List<String> heard) {
    return heard.stream().sorted().toList();
  }

  private static int bytes(HttpResponse<String> response) {
    return response.body().getBytes(StandardCharsets.UTF_8).length;
  }
}
