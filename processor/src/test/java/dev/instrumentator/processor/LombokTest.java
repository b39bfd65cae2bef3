package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * Lombok writes a controller's constructor while it processes, so instrumentator's processor sees
 * it only when Lombok's ran first: then the decorator mirrors it; otherwise one error on the class
 * says to list Lombok first, rather than a failure inside the generated file.
 */
class LombokTest {
  private static final String CONTROLLER = "lombok/LombokController.java";

  @Test
  void withLombokFirstTheDecoratorMirrorsLombokConstructor() {
    Compilation compilation = compile(lombok(), new InstrumentedProcessor());

    assertThat(compilation).succeeded();
    String decorator =
        Compilations.generatedSource(compilation, "fixtures.LombokController_Instrumented");
    assertTrue(decorator.contains("public LombokController_Instrumented(StringBuilder shelf) {"), decorator);
  }

  @Test
  void withLombokAfterInstrumentatorTheClassIsAnErrorThatSaysToListItFirst() {
    Compilation compilation = compile(new InstrumentedProcessor(), lombok());

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.lombok-not-run] @Instrumented class fixtures.LombokController has"
                + " Lombok's @RequiredArgsConstructor, whose constructor does not exist yet,"
                + " because instrumentator's processor ran before Lombok's: list lombok before"
                + " instrumentator-processor in annotationProcessorPaths (Gradle:"
                + " annotationProcessor)")
        .inFile(Compilations.source(CONTROLLER))
        .onLineContaining("public class LombokController");
  }

  /**
   * Without Lombok's processor at all (as when it runs after), each Lombok constructor that takes
   * parameters is an error, and one that takes none, or none Lombok writes, is not.
   */
  @Test
  void onlyLombokConstructorsWithParametersAreWaitedFor() {
    Compilation compilation = Compilations.compile("lombok/LombokShapes.java");

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("fixtures.LombokShapes.EveryField has Lombok's @AllArgsConstructor")
        .inFile(Compilations.source("lombok/LombokShapes.java"))
        .onLineContaining("public static class EveryField");
    assertThat(compilation)
        .hadErrorContaining("fixtures.LombokShapes.NonNullField has Lombok's @RequiredArgsConstructor")
        .inFile(Compilations.source("lombok/LombokShapes.java"))
        .onLineContaining("public static class NonNullField");
  }

  private static Compilation compile(Processor first, Processor second) {
    return javac()
        .withProcessors(first, second)
        .compile(
            Stream.concat(
                    Stream.of(Compilations.source(CONTROLLER)),
                    Arrays.stream(Compilations.springCompanionSources()))
                .toList());
  }

  /** Lombok's processor, as javac finds it on a processor path. */
  private static Processor lombok() {
    try {
      return (Processor)
          Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
