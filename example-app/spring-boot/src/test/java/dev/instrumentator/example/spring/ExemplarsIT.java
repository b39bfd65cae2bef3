package dev.instrumentator.example.spring;

import dev.instrumentator.runtime.testing.AgentSpans;
import dev.instrumentator.spring.testing.AgentExemplars;
import dev.instrumentator.spring.testing.PackagedApp;
import java.util.Map;
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

  @Test
  void eachRequestsExemplarIsItsServerSpanAndTheSpanIsMarked() throws Exception {
    try (PackagedApp app = PackagedApp.start(BookstoreJarIT.JAR, AgentSpans.jvmArguments())) {
      AgentExemplars.assertEachIsItsServerSpan(
          app,
          Map.of(
              "/books/{isbn}", "/books/978-0134685991",
              "/books/{isbn}/similar", "/books/978-0134685991/similar"),
          true);
    }
  }
}
