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

/** By default a streamed body ({@code Multi}) is timed until its last item has been written. */
class StreamingTimedWholeTest {
  private static final double LASTS = Ticks.LASTS.toMillis() / 1e3;

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(Ticks.class, StreamedTimes.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          .overrideConfigKey("quarkus.banner.enabled", "false");

  @TestHTTPResource("/")
  URL root;

  @Test
  void aStreamedBodyIsTimedToItsEnd() throws Exception {
    Map<String, Double> seconds = StreamedTimes.of(root.toURI());

    assertTrue(seconds.get("/ticks") >= LASTS, "the whole stream timed: " + seconds);
    assertTrue(seconds.get("/ticks/whole") >= LASTS, "a whole body timed: " + seconds);
  }
}
