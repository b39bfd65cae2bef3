package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A resource may use a type that another processor generates in the same build (AutoValue,
 * MapStruct, an OpenAPI generator), or extend one: its decorator is written once that type
 * exists, and only a type that never appears is an error.
 */
class ProcessingRoundsTest {

  @Test
  void aTypeGeneratedByAnotherProcessorWaitsForIt() {
    Compilation compilation =
        javac()
            .withProcessors(new InstrumentedProcessor(), new DtoGenerator())
            .withOptions(Compilations.LINT)
            .compile(
                Compilations.source("good/UsesGeneratedType.java"),
                Compilations.source("good/ConstructedFromGeneratedType.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("fixtures.UsesGeneratedType_Instrumented");
    assertThat(compilation).generatedSourceFile("fixtures.ConstructedFromGeneratedType_Instrumented");
  }

  /**
   * A superclass generated later would hide the routes it declares, and the route of its
   * {@code @Path}: the class waits for it as for any other type.
   */
  @Test
  void aSuperclassGeneratedByAnotherProcessorWaitsForIt() {
    // The generator first: the class has no annotation but the @Instrumented we claim.
    Compilation compilation =
        javac()
            .withProcessors(new DtoGenerator(), new InstrumentedProcessor())
            .withOptions(Compilations.LINT)
            .compile(Compilations.source("good/ExtendsGeneratedBase.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("fixtures.ExtendsGeneratedBase_Instrumented")
        .contentsAsUtf8String()
        .contains("private static final Route GET = Route.of(\"GET\", \"/generated\");");
  }

  /** The same for supertypes of its supertypes: a superclass's superclass, its interface. */
  @Test
  void aSupertypeOfASupertypeGeneratedLaterIsWaitedForToo() {
    Compilation compilation =
        javac()
            .withProcessors(new DtoGenerator(), new InstrumentedProcessor())
            .withOptions(Compilations.LINT)
            .compile(Compilations.source("good/ExtendsLocalBase.java"));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("fixtures.ExtendsLocalBase_Instrumented")
        .contentsAsUtf8String()
        .contains("private static final Route API = Route.of(\"GET\", \"/generated/api\");");
  }

  @Test
  void aTypeThatNeverAppearsIsAnErrorOnTheClass() {
    JavaFileObject file = Compilations.source("bad/UsesMissingType.java");
    Compilation compilation = Compilations.compile("bad/UsesMissingType.java");

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.missing-type] the decorator of fixtures.UsesMissingType was not"
                + " written, because it uses NeverGenerated, which no processor generated: fix the"
                + " error on that type first")
        .inFile(file)
        .onLineContaining("public class UsesMissingType");
  }

  /**
   * Generates {@code fixtures.dto.GeneratedDto} in its first round, as a code generator would; in
   * another package than the resources, so that a decorator written before it exists would lack
   * its import.
   */
  private static final class DtoGenerator extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        try (Writer source =
                processingEnv.getFiler().createSourceFile("fixtures.dto.GeneratedDto").openWriter();
            Writer base =
                processingEnv.getFiler().createSourceFile("fixtures.base.GeneratedBase").openWriter();
            Writer api =
                processingEnv.getFiler().createSourceFile("fixtures.base.GeneratedApi").openWriter()) {
          source.write("package fixtures.dto;\n\npublic class GeneratedDto {}\n");
          base.write(
              "package fixtures.base;\n\n@jakarta.ws.rs.Path(\"/generated\")\npublic class"
                  + " GeneratedBase {\n  @jakarta.ws.rs.GET\n  public String get() {\n    return"
                  + " \"generated\";\n  }\n}\n");
          api.write(
              "package fixtures.base;\n\npublic interface GeneratedApi {\n  @jakarta.ws.rs.GET\n"
                  + "  @jakarta.ws.rs.Path(\"/api\")\n  default String api() {\n    return"
                  + " \"api\";\n  }\n}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
