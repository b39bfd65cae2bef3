package dev.instrumentator.example.webflux;

import dev.instrumentator.runtime.testing.AgentSpans;
import dev.instrumentator.spring.testing.AgentExemplars;
import dev.instrumentator.spring.testing.PackagedApp;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exemplars on WebFlux under the OpenTelemetry Java agent, through actuator's OpenMetrics scrape:
 * a reactive request hops threads, and is recorded as its handling ends, on whichever thread that
 * is; its bucket's exemplar must still be its own server span. For a {@code Mono} answered at once
 * and a {@code Flux} answered 200 ms later, on a timer's thread. The span is not required to end
 * marked {@code exemplar=true}: the agent ends it as Netty writes the response's last part, which
 * can come before the handling's end, where the request is recorded (docs/design.md, fact W4).
 */
@Tag("prometheus")
class ExemplarsIT {

  @Test
  void eachRequestsExemplarIsItsServerSpanAndTheSpanIsMarked() throws Exception {
    // Stopped at once: on Spring Boot 3.5, Reactor Netty 1.2's graceful shutdown can wait its 30 s
    // for a request it still counts active (docs/design.md, fact W6).
    try (PackagedApp app =
        PackagedApp.start(
            "target/bookstore-spring-webflux.jar",
            AgentSpans.jvmArguments(),
            "--server.shutdown=immediate")) {
      AgentExemplars.assertEachIsItsServerSpan(
          app,
          Map.of(
              "/books/{isbn}", "/books/978-0134685991",
              "/books/{isbn}/similar", "/books/978-0134685991/similar"),
          false);
    }
  }
}
