package dev.instrumentator.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.quarkus.deployment.streaming.StreamedTimes;
import dev.instrumentator.quarkus.deployment.streaming.Ticks;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code exclude-streaming-duration}, a streamed body ({@code Multi}) is timed until its
 * response starts, not while its items are written; a body sent whole is timed to its end.
 */
class StreamingDurationTest {
  private static final double LASTS = Ticks.LASTS.toMillis() / 1e3;

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(Ticks.class, StreamedTimes.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false")
          .overrideConfigKey("quarkus.instrumentator.exclude-streaming-duration", "true");

  @TestHTTPResource("/")
  URL root;

  @Test
  void aStreamedBodyIsTimedUntilItsResponseStarts() throws Exception {
    Map<String, Double> seconds = StreamedTimes.of(root.toURI());

    assertTrue(seconds.get("/ticks") < LASTS / 2, "the stream's writing left out: " + seconds);
    assertTrue(seconds.get("/ticks/whole") >= LASTS, "a whole body timed as ever: " + seconds);
  }
}
