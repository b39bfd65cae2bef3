package dev.instrumentator.spring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.testing.AgentSpans;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an example app's {@code ExemplarsIT} checks of a packaged app run under the OpenTelemetry
 * Java agent ({@link AgentSpans#jvmArguments()}), through actuator's OpenMetrics scrape: for each
 * request, the histogram's bucket carries an exemplar whose span is the request's server span,
 * and, where asked, that span ended marked {@code exemplar=true}.
 */
public final class AgentExemplars {
  /** A bucket's exemplar in the OpenMetrics text: the series' handler, the span and trace ids. */
  private static final Pattern BUCKET_EXEMPLAR =
      Pattern.compile(
          "^http_request_duration_seconds_bucket\\{handler=\"([^\"]+)\".* # \\{span_id=\"([0-9a-f]+)\","
              + "trace_id=\"([0-9a-f]+)\"\\}",
          Pattern.MULTILINE);

  private AgentExemplars() {}

  /**
   * Sends a {@code GET} to each path of {@code paths} (by the handler it counts under), then checks
   * each handler's exemplar.
   *
   * @param marked whether each span must also have ended marked {@code exemplar=true}: only when
   *     the request is recorded before its server span ends
   */
  public static void assertEachIsItsServerSpan(
      PackagedApp app, Map<String, String> paths, boolean marked) throws Exception {
    Http http = app.http();
    for (String path : paths.values()) {
      assertEquals(200, http.get(path).statusCode(), path);
    }
    http.scrapeAfter(paths.size());

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

    assertEquals(paths.keySet(), exemplars.keySet(), "handlers with an exemplar:\n" + openMetrics);
    Map<String, String> spans =
        marked
            ? AgentSpans.serverSpansMarkedAsExemplars(app.output())
            : AgentSpans.serverSpans(app.output());
    for (String handler : paths.keySet()) {
      String[] exemplar = exemplars.get(handler);
      assertEquals(
          exemplar[1],
          spans.get(exemplar[0]),
          handler + ": its exemplar (span " + exemplar[0] + ") is a server span"
              + (marked ? " that ended marked exemplar=true" : "") + "; those spans: " + spans
              + "\nthe app printed:\n" + app.output());
    }
  }
}
