package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of options names every option the builder has. */
class ReadmeOptionsTest {

  @Test
  void everyBuilderOptionIsDocumented() throws IOException {
    String readme = Files.readString(Path.of("../../README.md"));
    for (Method option : HttpMetrics.Builder.class.getDeclaredMethods()) {
      if (Modifier.isPublic(option.getModifiers()) && !option.getName().equals("build")) {
        assertTrue(
            readme.contains("| `" + option.getName() + "("),
            "README.md's options table lacks " + option.getName());
      }
    }
  }
}
