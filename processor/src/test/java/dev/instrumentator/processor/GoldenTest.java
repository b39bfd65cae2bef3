package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each controller in {@code good/} compiles without a warning, and its decorator is exactly the
 * file in {@code expected/}. Generated code is compared as text, because its layout is part of
 * what a user reads. After a deliberate change to the generated code, run the tests with {@code
 * INSTRUMENTATOR_UPDATE_GOLDEN=true} to rewrite the expected files, then review them as a diff. The
 * processor's version, which each decorator carries, reads {@value #VERSION} in them, so that a
 * release changes none.
 */
class GoldenTest {
  private static final boolean UPDATE =
      Boolean.parseBoolean(System.getenv("INSTRUMENTATOR_UPDATE_GOLDEN"));
  private static final Path EXPECTED = Path.of("src/test/resources/expected");
  private static final String VERSION = "${project.version}";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "BookResource, BookResource_Instrumented",
    "LegacyResource, LegacyResource_Instrumented",
    "InterfaceResource, InterfaceResource_Instrumented",
    "GenericResource, GenericResource_Instrumented",
    "Outer, Outer_Inner_Instrumented",
    "SealedResource, SealedResource_Instrumented",
    "GenericSealedResource, GenericSealedResource_Instrumented",
    "InheritedRulesResource, InheritedRulesResource_Instrumented",
    "ShapesResource, ShapesResource_Instrumented",
    "BookController, BookController_Instrumented",
    "NamedParametersController, NamedParametersController_Instrumented",
    "ClashingNamesResource, ClashingNamesResource_Instrumented",
    "ClashingNamesController, ClashingNamesController_Instrumented",
    "Books$Api, Books_Api_Instrumented",
  })
  void decoratorIsTheGoldenFile(String controller, String decorator) throws IOException {
    Compilation compilation = Compilations.compile(sources(controller));

    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        Compilations.generatedSource(compilation, "fixtures." + decorator)
            .replace('"' + ProcessorVersion.VERSION + '"', '"' + VERSION + '"');
    Path expected = EXPECTED.resolve(decorator + ".java");
    if (UPDATE) {
      Files.writeString(expected, generated);
    }
    assertEquals(Files.readString(expected), generated, "generated " + decorator);
  }

  /**
   * {@code good/<controller>.java}, the files of {@code good/<controller>/} (its supertypes, each
   * in its own file, as javac wants of types that other files name), and the stubs.
   */
  private static String[] sources(String controller) throws IOException {
    List<String> sources = new ArrayList<>(List.of("good/" + controller + ".java", "stubs/P.java"));
    Path supertypes = Path.of("src/test/resources/good", controller);
    if (Files.isDirectory(supertypes)) {
      try (Stream<Path> files = Files.list(supertypes)) {
        files.sorted().forEach(file -> sources.add("good/" + controller + "/" + file.getFileName()));
      }
    }
    return sources.toArray(String[]::new);
  }
}
