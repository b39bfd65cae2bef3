package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime uses no reflection. A class that names a reflective API has that name in its
 * constant pool, so searching the compiled classes' bytes finds every use. (java.lang.invoke is
 * not searched for: javac compiles string concatenation to an invokedynamic that names it.)
 */
class NoReflectionTest {
  private static final List<String> REFLECTIVE_NAMES =
      List.of(
          "java/lang/reflect/",
          "forName",
          "getDeclaredMethod",
          "getDeclaredField",
          "getDeclaredConstructor",
          "getMethod",
          "getField",
          "newInstance",
          "setAccessible");

  @Test
  void noCompiledRuntimeClassNamesAReflectiveApi() throws IOException {
    Path classes = Path.of("target/classes/dev/instrumentator/runtime");
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(classes)) {
      classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertFalse(classFiles.isEmpty(), "no classes under " + classes.toAbsolutePath());
    for (Path classFile : classFiles) {
      String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      for (String name : REFLECTIVE_NAMES) {
        assertEquals(-1, constants.indexOf(name), classFile + " names " + name);
      }
    }
  }
}
