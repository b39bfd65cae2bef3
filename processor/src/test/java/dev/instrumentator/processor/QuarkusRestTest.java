package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.instrumentator.processor.Compilations.compile;
import static dev.instrumentator.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * On Quarkus REST the processor writes no decorator: Quarkus builds its endpoints from the compiled
 * classes and would reject a decorator's routes as declared twice (design.md, Q1), and
 * instrumentator's Quarkus extension times the resources instead.
 */
class QuarkusRestTest {
  private static final String QUARKUS_REST = "stubs/quarkus/EndpointDisabled.java";
  private static final String EXTENSION = "stubs/quarkus/InstrumentatorConfig.java";

  @Test
  void withTheExtensionNoDecoratorIsWritten() {
    Compilation compilation = compile("good/BookResource.java", QUARKUS_REST, EXTENSION);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), generatedNames(compilation));
  }

  @Test
  void withoutTheExtensionOneErrorNamesIt() throws IOException {
    Compilation compilation = compile("good/BookResource.java", QUARKUS_REST);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.quarkus-extension-missing] @Instrumented class fixtures.BookResource"
                + " is served by Quarkus REST, which instrumentator times through its Quarkus"
                + " extension, not on the compile class path: add the dependency"
                + " dev.instrumentator:instrumentator-quarkus")
        .inFile(source("good/BookResource.java"))
        .onLineContaining("public class BookResource");
    assertEquals(
        List.of(), Compilations.sourcesWrittenDespiteErrors("good/BookResource.java", QUARKUS_REST));
  }

  /**
   * A Spring controller that Quarkus REST serves (quarkus-spring-web) has no decorator either:
   * the extension times it as it times a resource.
   */
  @Test
  void aSpringControllerOnQuarkusRestHasNoDecorator() {
    Compilation compilation = compile("good/BookController.java", QUARKUS_REST, EXTENSION);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), generatedNames(compilation));
  }

  /** Off Quarkus, the same class has its decorator: the stub of Quarkus REST alone decides. */
  @Test
  void withoutQuarkusRestTheDecoratorIsWritten() {
    Compilation compilation = compile("good/BookResource.java", EXTENSION);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("fixtures.BookResource_Instrumented"), generatedNames(compilation));
  }

  private static List<String> generatedNames(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(JavaFileObject::getName)
        .map(name -> name.replaceAll("^/SOURCE_OUTPUT/|\\.java$", "").replace('/', '.'))
        .toList();
  }
}
