package dev.instrumentator.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle reads which processors are incremental from the processor's jar. The processor is
 * isolating: each decorator is written from one @Instrumented class and its supertypes, with that
 * class as its only originating element.
 */
class GradleIncrementalTest {

  @Test
  void theProcessorIsDeclaredIsolating() throws IOException {
    try (InputStream declaration =
        InstrumentedProcessor.class
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertNotNull(declaration, "no META-INF/gradle/incremental.annotation.processors");
      assertEquals(
          InstrumentedProcessor.class.getName() + ",isolating",
          new String(declaration.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
