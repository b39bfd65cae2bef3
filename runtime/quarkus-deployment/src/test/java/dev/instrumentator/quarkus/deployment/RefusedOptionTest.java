package dev.instrumentator.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.instrumentator.quarkus.deployment.app.Comments;
import dev.instrumentator.quarkus.deployment.app.Reviews;
import dev.instrumentator.quarkus.deployment.app.Untimed;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A value an option refuses stops the start, with an exception that names the property. */
class RefusedOptionTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(Untimed.class, Reviews.class, Comments.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "OFF")
          .overrideConfigKey("quarkus.banner.enabled", "false")
          .overrideConfigKey("quarkus.instrumentator.round-latency-decimals", "-1")
          .assertException(
              thrown -> {
                Throwable cause = thrown;
                while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                  cause = cause.getCause();
                }
                assertInstanceOf(IllegalArgumentException.class, cause);
                assertEquals(
                    "quarkus.instrumentator.round-latency-decimals=-1 is refused",
                    cause.getMessage().substring(0, cause.getMessage().indexOf(':')));
              });

  @Test
  void theApplicationDoesNotStart() {
    // assertException above holds the test: the application must fail to start as it says.
  }
}
