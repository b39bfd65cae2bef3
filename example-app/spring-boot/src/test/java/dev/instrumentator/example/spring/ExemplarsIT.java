package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.AgentSpans;
import dev.instrumentator.spring.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exemplars under the OpenTelemetry Java agent, through actuator's OpenMetrics scrape: for a
 * synchronous request and an asynchronous one ({@code CompletableFuture}), the histogram's bucket
 * carries an exemplar whose span is the request's server span, and that span ended marked {@code
 * exemplar=true}. Each request was recorded in its span's context, the asynchronous one by the
 * asynchronous dispatch that wrote its response, not when the container completed it later (then
 * it carried no exemplar at all).
 *
 * <p>Not through a Prometheus server, unlike the Jersey example's: actuator writes exemplars on
 * {@code _count} as well, which Prometheus accepts from 2.43 on, and Debian's is 2.42, which drops
 * such a scrape whole (docs/troubleshooting.md).
 */
@Tag("prometheus")
class ExemplarsIT {
  private static final Map<String, String> HANDLERS =
      Map.of(
          "/books/{isbn}", "/books/978-0134685991",
          "/books/{isbn}/similar", "/books/978-0134685991/similar");
  /** A bucket's exemplar in the OpenMetrics text: the series' handler, the span and trace ids. */
  private static final Pattern BUCKET_EXEMPLAR =
      Pattern.compile(
          "^http_request_duration_seconds_bucket\\{handler=\"([^\"]+)\".* # \\{span_id=\"([0-9a-f]+)\","
              + "trace_id=\"([0-9a-f]+)\"\\}",
          Pattern.MULTILINE);

  @Test
  void eachRequestsExemplarIsItsServerSpanAndTheSpanIsMarked() throws Exception {
    try (PackagedApp app = PackagedApp.start(AgentSpans.jvmArguments())) {
      Http http = app.http();
      for (String path : HANDLERS.values()) {
        assertEquals(200, http.get(path).statusCode(), path);
      }
      http.scrapeAfter(HANDLERS.size());

      String openMetrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + app.port() + Http.ACTUATOR_PROMETHEUS))
                      .header("Accept", "application/openmetrics-text;version=1.0.0")
                      .build(),
                  BodyHandlers.ofString())
              .body();
      Map<String, String[]> exemplars = new HashMap<>();
      Matcher bucket = BUCKET_EXEMPLAR.matcher(openMetrics);
      while (bucket.find()) {
        exemplars.putIfAbsent(bucket.group(1), new String[] {bucket.group(2), bucket.group(3)});
      }

      assertEquals(HANDLERS.keySet(), exemplars.keySet(), "handlers with an exemplar:\n" + openMetrics);
      Map<String, String> marked = AgentSpans.serverSpansMarkedAsExemplars(app.output());
      for (String handler : HANDLERS.keySet()) {
        String[] exemplar = exemplars.get(handler);
        assertEquals(
            exemplar[1],
            marked.get(exemplar[0]),
            handler + ": its exemplar (span " + exemplar[0] + ") is a server span that ended"
                + " marked exemplar=true; the spans so marked: " + marked + "\nthe app printed:\n"
                + app.output());
      }
    }
  }
}
