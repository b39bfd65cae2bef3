package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime uses no reflection. A class that uses a reflective API names it in its constant
 * pool, so the compiled classes are searched: for the {@code java.lang.reflect} package in any
 * type or descriptor, and for reflective methods by their exact name. (java.lang.invoke is not
 * searched for: javac compiles string concatenation to an invokedynamic that names it.)
 *
 * <p>One class may name {@code java.lang.reflect.Method}: the JAX-RS companion's {@code
 * MatchedRoutes}, because Jersey names a resource method by one. It asks it its declaring class,
 * once per resource method, and invokes nothing.
 */
class NoReflectionTest {
  private static final Path CLASSES = Path.of("target/classes/dev/instrumentator/runtime");
  private static final String REFLECT_PACKAGE = "java/lang/reflect/";
  private static final Map<Path, String> MAY_NAME_REFLECT_PACKAGE =
      Map.of(CLASSES.resolve("jaxrs/MatchedRoutes.class"), "Jersey's resource methods");
  private static final List<String> REFLECTIVE_METHODS =
      List.of(
          "forName",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getDeclaredField",
          "getDeclaredFields",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "getMethods",
          "getFields",
          "newInstance",
          "invoke",
          "setAccessible");

  @Test
  void noCompiledRuntimeClassUsesReflection() throws IOException {
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertFalse(classFiles.isEmpty(), "no classes under " + CLASSES.toAbsolutePath());
    for (Path classFile : classFiles) {
      String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      if (!MAY_NAME_REFLECT_PACKAGE.containsKey(classFile)) {
        assertEquals(-1, constants.indexOf(REFLECT_PACKAGE), classFile + " names " + REFLECT_PACKAGE);
      }
      for (String method : REFLECTIVE_METHODS) {
        assertEquals(-1, constants.indexOf(utf8Constant(method)), classFile + " calls " + method);
      }
    }
  }

  /** A name as the constant pool holds it: tag 1, its length in two bytes, its characters. */
  private static String utf8Constant(String name) {
    return "\u0001" + (char) (name.length() >> 8) + (char) (name.length() & 0xff) + name;
  }
}
