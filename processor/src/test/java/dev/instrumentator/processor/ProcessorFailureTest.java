package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A failure inside the processor, here a file it cannot write, reaches the user as one error on
 * the class it was decorating, worded as a bug report, never as a stack trace; the processor goes
 * on with the other classes.
 */
class ProcessorFailureTest {

  @Test
  void anUnexpectedFailureIsOneErrorOnTheClass() {
    JavaFileObject file = Compilations.source("good/LegacyResource.java");
    Compilation compilation =
        javac()
            .withProcessors(new WithBrokenFiler(new InstrumentedProcessor()))
            .withOptions(Compilations.LINT)
            .compile(file, Compilations.source("good/BookResource.java"));

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.unexpected-failure] instrumentator could not write the decorator of"
                + " fixtures.LegacyResource (java.lang.IllegalStateException: the disk is full at ")
        .inFile(file)
        .onLineContaining("public class LegacyResource");
    assertThat(compilation)
        .hadErrorContaining("This is a bug in instrumentator: please report it with this class");
    assertThat(compilation)
        .hadErrorContaining("could not write the decorator of fixtures.BookResource");
  }

  /** A failure with no stack trace at all is reported as well, by its first line. */
  @Test
  void aFailureWithoutAStackTraceIsReportedByItsMessage() {
    IllegalStateException stackless = new IllegalStateException("the disk is full");
    stackless.setStackTrace(new StackTraceElement[0]);
    Compilation compilation =
        javac()
            .withProcessors(new WithBrokenFiler(new InstrumentedProcessor(), stackless))
            .withOptions(Compilations.LINT)
            .compile(Compilations.source("good/LegacyResource.java"));

    assertThat(compilation)
        .hadErrorContaining(
            "could not write the decorator of fixtures.LegacyResource"
                + " (java.lang.IllegalStateException: the disk is full). This is a bug");
  }

  /** Runs a processor with a {@link Filer} that cannot create source files. */
  private static final class WithBrokenFiler extends AbstractProcessor {
    private final AbstractProcessor processor;
    private final RuntimeException failure;

    WithBrokenFiler(AbstractProcessor processor) {
      this(processor, new IllegalStateException("the disk is full"));
    }

    WithBrokenFiler(AbstractProcessor processor, RuntimeException failure) {
      this.processor = processor;
      this.failure = failure;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      processor.init(new BrokenFilerEnvironment(environment, failure));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  private record BrokenFilerEnvironment(ProcessingEnvironment environment, RuntimeException failure)
      implements ProcessingEnvironment {
    @Override
    public Filer getFiler() {
      return new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
          throw failure;
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
          throw new IllegalStateException("the disk is full");
        }

        @Override
        public FileObject createResource(
            JavaFileManager.Location location,
            CharSequence moduleAndPkg,
            CharSequence relativeName,
            Element... originatingElements) {
          throw new IllegalStateException("the disk is full");
        }

        @Override
        public FileObject getResource(
            JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
            throws IOException {
          throw new IOException("the disk is full");
        }
      };
    }

    @Override
    public Map<String, String> getOptions() {
      return environment.getOptions();
    }

    @Override
    public Messager getMessager() {
      return environment.getMessager();
    }

    @Override
    public Elements getElementUtils() {
      return environment.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return environment.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return environment.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return environment.getLocale();
    }
  }
}
