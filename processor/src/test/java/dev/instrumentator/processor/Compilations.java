package dev.instrumentator.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.tools.JavaFileObject;

/** Compiles test sources from src/test/resources with the processor, as a user's build would. */
final class Compilations {
  /**
   * Every lint but "processing": that one reports each annotation no processor claims, the
   * user's own {@code @Path} included, and says nothing about the generated code.
   */
  static final String LINT = "-Xlint:all,-processing";

  private Compilations() {}

  static Compilation compile(String... resources) {
    return javac()
        .withProcessors(new InstrumentedProcessor())
        .withOptions(LINT)
        .compile(Arrays.stream(resources).map(Compilations::source).toArray(JavaFileObject[]::new));
  }

  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
