package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      Pattern.compile("\\n((?:@.*\\n)+)public class \\w+_Instrumented");

  @Test
  void onlyClassAnnotationsThatAreNotInheritedAnywayAreRepeated() {
    Compilation compilation =
        Compilations.compile("kotlin/Metadata.java", "good/AnnotatedClassResource.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of(
            "@Generated(\"dev.instrumentator.processor.InstrumentedProcessor\")",
            "@Path(\"/annotated\")",
            "@RolesAllowed(\"admin\")"),
        classAnnotations(compilation, "fixtures.AnnotatedClassResource_Instrumented"));
  }

  /**
   * On a Spring controller, every one that is not inherited, stereotypes and mappings included,
   * Spring's own or the user's composed ones, so that AspectJ's {@code @within} and whoever reads
   * the bean's class see them (docs/design.md, S13); and {@code @SwappedIn}, which keeps component
   * scanning from making the decorator a second bean mapping the same routes (S1).
   */
  @Test
  void everyClassAnnotationIsRepeatedOnASpringDecoratorWhichScanningSkips() {
    assertEquals(
        List.of(
            "@Generated(\"dev.instrumentator.processor.InstrumentedProcessor\")",
            "@RestController",
            "@RequestMapping(\"/annotated\")",
            "@CrossOrigin(\"https://books.example\")",
            "@SwappedIn"),
        springClassAnnotations("AnnotatedClassController"));
    assertEquals(
        List.of(
            "@Generated(\"dev.instrumentator.processor.InstrumentedProcessor\")",
            "@ComposedClassController.ApiController",
            "@ComposedClassController.ApiPath",
            "@CrossOrigin(\"https://books.example\")",
            "@SwappedIn"),
        springClassAnnotations("ComposedClassController"));
  }

  private static List<String> springClassAnnotations(String controller) {
    Compilation compilation = Compilations.compile("good/" + controller + ".java");
    assertThat(compilation).succeededWithoutWarnings();
    return classAnnotations(compilation, "fixtures." + controller + "_Instrumented");
  }

  private static List<String> classAnnotations(Compilation compilation, String decorator) {
    Matcher annotations =
        CLASS_ANNOTATIONS.matcher(Compilations.generatedSource(compilation, decorator));
    assertTrue(annotations.find(), decorator + " has no class annotations");
    return List.of(annotations.group(1).strip().split("\\n"));
  }
}
