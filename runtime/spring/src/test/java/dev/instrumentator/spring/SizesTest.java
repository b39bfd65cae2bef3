package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.runtime.testing.RequestLines;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.bodies.BodiesApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * {@code instrumentator.sizes}: each recorded size equals the bytes that crossed the wire, JSON
 * whose Content-Length the container sets after the filter, chunked and streamed bodies included;
 * an error page the container renders later is left out, not counted as empty.
 */
class SizesTest {
  static final List<String> heard = new CopyOnWriteArrayList<>();

  static class Listening {
    @Bean
    RequestListener sizes() {
      return request -> heard.add(RequestLines.withSizes(request));
    }
  }

  @Test
  void eachSizeIsWhatCrossedTheWireOrLeftOutWhenNotKnown() {
    try (App app =
        App.start(
            List.of(BodiesApplication.class, Listening.class),
            "instrumentator.sizes=true",
            "instrumentator.group-status-codes=false")) {
      Http http = app.http();
      HttpResponse<String> echoed = http.send("POST", "/bodies/echo", null, "héllo");
      HttpResponse<String> json = http.get("/bodies/json");
      HttpResponse<String> large = http.get("/bodies/large");
      HttpResponse<String> streamed = http.get("/bodies/stream");
      HttpResponse<String> deleted = http.send("DELETE", "/bodies", null, null);
      HttpResponse<String> missing = http.get("/bodies/missing");
      http.scrapeAfter(6);
      Await.size(heard, 6);
      Scrape scrape = http.scrape();

      assertEquals(404, missing.statusCode());
      assertEquals("chunked", large.headers().firstValue("Transfer-Encoding").orElse(null));
      assertEquals(
          List.of(
              "POST /bodies/echo 200 6 " + bytes(echoed),
              "GET /bodies/json 200 0 " + bytes(json),
              "GET /bodies/large 200 0 " + bytes(large),
              "GET /bodies/stream 200 0 100",
              "DELETE /bodies 204 0 0",
              "GET /bodies/missing 404 0 -1"),
          heard);
      assertEquals(
          Map.of(
              labels("method", "POST", "handler", "/bodies/echo", "status", "200"), (double) bytes(echoed),
              labels("method", "GET", "handler", "/bodies/json", "status", "200"), (double) bytes(json),
              labels("method", "GET", "handler", "/bodies/large", "status", "200"), (double) bytes(large),
              labels("method", "GET", "handler", "/bodies/stream", "status", "200"), 100.0,
              labels("method", "DELETE", "handler", "/bodies", "status", "204"), 0.0,
              labels("method", "GET", "handler", "/bodies/missing", "status", "404"), 0.0),
          scrape.series("http_response_size_bytes_sum"));
      assertEquals(
          0.0,
          scrape.value(
              "http_response_size_bytes_count",
              labels("method", "GET", "handler", "/bodies/missing", "status", "404")),
          "the error page's size is not known");
      assertEquals(
          6.0,
          scrape.value(
              "http_request_size_bytes_sum",
              labels("method", "POST", "handler", "/bodies/echo", "status", "200")));
    }
  }

  /**
   * A request's size is what arrived and was read, never what its {@code Content-Length} merely
   * declares: one body-less request declaring the largest length would otherwise poison the sum.
   */
  @Test
  void aLengthDeclaredButNeverSentIsNotCounted() throws IOException {
    try (App app = App.start(BodiesApplication.class, "instrumentator.sizes=true")) {
      Http http = app.http();
      String host = http.hostAndPort();
      try (Socket socket = new Socket(host.substring(0, host.indexOf(':')), app.port())) {
        socket.getOutputStream().write(
            ("GET /bodies/json HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: "
                    + Long.MAX_VALUE + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        socket.getInputStream().readNBytes(12);
      }
      http.send("POST", "/bodies/echo", null, "héllo");
      http.scrapeAfter(2);
      Scrape scrape = http.scrape();

      assertEquals(
          0.0,
          scrape.value(
              "http_request_size_bytes_sum",
              labels("method", "GET", "handler", "/bodies/json", "status", "2xx")));
      assertEquals(
          6.0,
          scrape.value(
              "http_request_size_bytes_sum",
              labels("method", "POST", "handler", "/bodies/echo", "status", "2xx")));
    }
  }

  private static int bytes(HttpResponse<String> response) {
    return response.body().getBytes(StandardCharsets.UTF_8).length;
  }
}
