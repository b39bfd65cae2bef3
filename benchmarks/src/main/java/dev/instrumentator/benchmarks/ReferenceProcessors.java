package dev.instrumentator.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Two annotation processors that do less than any instrumentation can, to show what javac charges
 * for annotation processing as such in {@link CompileBenchmark}: one that only claims
 * {@code @Instrumented}, and one that writes an empty subclass next to each annotated class, the
 * least a processor that generates a decorator per controller does. Neither is published or
 * registered as a service; the benchmark names them with {@code -processor}.
 */
final class ReferenceProcessors {
  private static final String INSTRUMENTED = "dev.instrumentator.annotations.Instrumented";

  private ReferenceProcessors() {}

  /** Claims {@code @Instrumented} and writes nothing. */
  @SupportedAnnotationTypes(INSTRUMENTED)
  public static class ClaimOnly extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return true;
    }
  }

  /** Writes {@code <Name>_Instrumented extends <Name> {}} for each top-level annotated class. */
  @SupportedAnnotationTypes(INSTRUMENTED) // read from each processor's own class, not inherited
  public static final class EmptySubclass extends ClaimOnly {
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (Element annotated : round.getElementsAnnotatedWith(annotation)) {
          writeSubclass((TypeElement) annotated);
        }
      }
      return true;
    }

    private void writeSubclass(TypeElement type) {
      String packageName =
          ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
      String name = type.getSimpleName() + "_Instrumented";
      try (Writer source =
          processingEnv.getFiler().createSourceFile(packageName + "." + name, type).openWriter()) {
        source.write(
            "package %s;\n\npublic class %s extends %s {}\n"
                .formatted(packageName, name, type.getSimpleName()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
