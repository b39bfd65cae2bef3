package dev.instrumentator.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles test sources from src/test/resources with the processor, as a user's build would. */
final class Compilations {
  /**
   * Every lint but "processing": that one reports each annotation no processor claims, the
   * user's own {@code @Path} included, and says nothing about the generated code.
   */
  static final String LINT = "-Xlint:all,-processing";

  private Compilations() {}

  /**
   * The sources of the Spring companion that decorators of Spring controllers name: {@code
   * SpringStatus}, which they call, and {@code @SwappedIn}, which they carry. They are compiled
   * with each test's sources, from their own module, because that module builds after the
   * processor (its tests need the processor).
   */
  private static final List<String> SPRING_COMPANION = List.of("SpringStatus", "SwappedIn");

  static Compilation compile(String... resources) {
    Stream<JavaFileObject> sources = Arrays.stream(resources).map(Compilations::source);
    return javac()
        .withProcessors(new InstrumentedProcessor())
        .withOptions(LINT)
        .compile(Stream.concat(sources, springCompanion()).toList());
  }

  /** The same, without the Spring companion's sources: as a build that lacks the dependency. */
  static Compilation compileWithoutSpringCompanion(String... resources) {
    return javac()
        .withProcessors(new InstrumentedProcessor())
        .withOptions(LINT)
        .compile(Arrays.stream(resources).map(Compilations::source).toList());
  }

  private static Stream<JavaFileObject> springCompanion() {
    return SPRING_COMPANION.stream().map(Compilations::springCompanion);
  }

  static JavaFileObject[] springCompanionSources() {
    return springCompanion().toArray(JavaFileObject[]::new);
  }

  private static JavaFileObject springCompanion(String simpleName) {
    Path source = Path.of("../runtime/spring/src/main/java/dev/instrumentator/spring/internal", simpleName + ".java");
    try {
      return JavaFileObjects.forSourceLines(
          "dev.instrumentator.spring.internal." + simpleName, Files.readAllLines(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sources the processor writes for {@code resources}, run by javac as a build runs it, even
   * when the compilation fails (compile-testing shows none then): what a user would find in
   * {@code target/generated-sources}.
   */
  static List<String> sourcesWrittenDespiteErrors(String... resources) throws IOException {
    Path generated = Files.createTempDirectory("generated");
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      Path[] sources =
          Arrays.stream(resources)
              .map(resource -> Path.of(Compilations.class.getResource("/" + resource).getPath()))
              .toArray(Path[]::new);
      compiler
          .getTask(
              Writer.nullWriter(),
              files,
              diagnostic -> {},
              List.of(
                  "-proc:only",
                  "-processor", InstrumentedProcessor.class.getName(),
                  "-classpath", System.getProperty("java.class.path"),
                  "-s", generated.toString()),
              null,
              files.getJavaFileObjects(sources))
          .call();
    }
    try (Stream<Path> written = Files.walk(generated)) {
      return written
          .filter(Files::isRegularFile)
          .map(file -> generated.relativize(file).toString())
          .toList();
    }
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
