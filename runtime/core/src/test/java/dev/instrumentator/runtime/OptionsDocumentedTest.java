package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The table of options in docs/options.md names every option the builder has. */
class OptionsDocumentedTest {

  @Test
  void everyBuilderOptionIsDocumented() throws IOException {
    String options = Files.readString(Path.of("../../docs/options.md"));
    for (Method option : HttpMetrics.Builder.class.getDeclaredMethods()) {
      if (Modifier.isPublic(option.getModifiers()) && !option.getName().equals("register")) {
        assertTrue(
            options.contains("| `" + option.getName() + "("),
            "docs/options.md's table lacks " + option.getName());
      }
    }
  }
}
