package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.bodies.BodiesApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code instrumentator.exclude-streaming-duration}: the same StreamingResponseBody, written 600
 * ms after its handler returned, served by two applications, one with the option and one without.
 * Only the one without times the writing; both record the request once it ends.
 */
class StreamingTest {
  private static final long WRITING_MILLIS = 600;
  private static final Map<String, String> STREAM =
      labels("method", "GET", "handler", "/bodies/stream", "status", "2xx");
  private static final Map<String, String> JSON =
      labels("method", "GET", "handler", "/bodies/json", "status", "2xx");

  @Test
  void theWritingOfAStreamedBodyIsTimedOnlyWithoutTheOption() {
    double excluded = secondsRecorded(true);
    double included = secondsRecorded(false);

    assertTrue(included >= WRITING_MILLIS / 1e3, "without the option, the writing is timed: " + included);
    assertTrue(
        excluded < included - WRITING_MILLIS / 2e3,
        "with it, it is not: " + excluded + " s against " + included + " s");
  }

  /** The seconds recorded for one streamed request; a request of another route counts as ever. */
  private static double secondsRecorded(boolean excludeStreamingDuration) {
    try (App app =
        App.start(
            BodiesApplication.class,
            "instrumentator.exclude-streaming-duration=" + excludeStreamingDuration)) {
      Http http = app.http();
      assertEquals(100, http.get("/bodies/stream?millis=" + WRITING_MILLIS).body().length());
      assertEquals(200, http.get("/bodies/json").statusCode());
      Scrape scrape = http.scrapeAfter(2);
      assertEquals(1.0, scrape.value("http_request_duration_seconds_count", STREAM));
      assertEquals(1.0, scrape.value("http_request_duration_seconds_count", JSON));
      return scrape.value("http_request_duration_seconds_sum", STREAM);
    }
  }
}
