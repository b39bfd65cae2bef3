package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A decorator repeats the class annotations its framework reads from the class itself, and no
 * others: an {@code @Inherited} one is on the decorator anyway, Kotlin's {@code @Metadata} would
 * describe a Kotlin class it is not, and one kept only in the source is seen by nobody.
 */
class ClassAnnotationsTest {
  private static final Pattern CLASS_ANNOTATIONS =
      Pattern.compile("\\n((?:@.*\\n)+)public class AnnotatedClassResource_Instrumented");

  @Test
  void onlyClassAnnotationsThatAreNotInheritedAnywayAreRepeated() {
    Compilation compilation =
        Compilations.compile("kotlin/Metadata.java", "good/AnnotatedClassResource.java");

    assertThat(compilation).succeededWithoutWarnings();
    Matcher annotations =
        CLASS_ANNOTATIONS.matcher(
            Compilations.generatedSource(compilation, "fixtures.AnnotatedClassResource_Instrumented"));
    annotations.find();
    assertEquals(
        List.of(
            "@Generated(\"dev.instrumentator.processor.InstrumentedProcessor\")",
            "@Path(\"/annotated\")",
            "@RolesAllowed(\"admin\")"),
        List.of(annotations.group(1).strip().split("\\n")));
  }
}
