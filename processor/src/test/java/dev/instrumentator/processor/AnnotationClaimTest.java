package dev.instrumentator.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The processor claims its annotations, so that javac's "processing" lint, which lists every
 * annotation no processor claimed, never names them.
 */
class AnnotationClaimTest {

  @Test
  void instrumentatorsAnnotationsAreClaimed() {
    Compilation compilation =
        javac()
            .withProcessors(new InstrumentedProcessor())
            .withOptions("-Xlint:processing")
            .compile(Compilations.source("good/BookResource.java"));

    List<String> unclaimed =
        compilation.warnings().stream()
            .map(warning -> warning.getMessage(Locale.ROOT))
            .filter(message -> message.contains("No processor claimed"))
            .collect(Collectors.toList());
    assertTrue(!unclaimed.isEmpty(), "the lint lists the JAX-RS annotations: " + warnings(compilation));
    assertFalse(unclaimed.get(0).contains("dev.instrumentator"), unclaimed.get(0));
  }

  private static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream().map(Diagnostic::toString).toList();
  }
}
