package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.instrumentator.processor.Compilations.compile;
import static dev.instrumentator.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each mistake in user code is one compile error, on the element to fix, saying how to fix it. */
class CompileErrorTest {

  @Test
  void classesThatCannotBeExtended() {
    JavaFileObject file = source("bad/Shapes.java");
    Compilation compilation = compile("bad/Shapes.java");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(7);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.final-class] @Instrumented class fixtures.Shapes is final, so its"
                + " decorator cannot extend it: remove `final`")
        .inFile(file)
        .onLineContaining("public final class Shapes");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.abstract-class] @Instrumented class fixtures.AbstractShape is"
                + " abstract, so JAX-RS cannot create it, nor its decorator: put @Instrumented on"
                + " the concrete class that extends it")
        .inFile(file)
        .onLineContaining("abstract class AbstractShape");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.interface] @Instrumented cannot decorate interface"
                + " fixtures.InterfaceShape: put @Instrumented on the class that implements it")
        .inFile(file)
        .onLineContaining("interface InterfaceShape");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.enum] @Instrumented cannot decorate enum fixtures.EnumShape, because an"
                + " enum cannot be extended: make it a class")
        .inFile(file)
        .onLineContaining("enum EnumShape");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.record] @Instrumented cannot decorate record fixtures.RecordShape,"
                + " because a record cannot be extended: make it a class")
        .inFile(file)
        .onLineContaining("record RecordShape");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.annotation-type] @Instrumented cannot decorate annotation type"
                + " fixtures.AnnotationShape")
        .inFile(file)
        .onLineContaining("@interface AnnotationShape");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.sealed-class] @Instrumented class fixtures.SealedShape is sealed and does not permit its decorator,"
                + " so the decorator cannot extend it: add SealedShape_Instrumented to its permits"
                + " clause (the decorator is then non-sealed), or remove `sealed`")
        .inFile(file)
        .onLineContaining("sealed class SealedShape");
  }

  @Test
  void nestedClassesTheDecoratorCannotReach() {
    JavaFileObject file = source("bad/Nesting.java");
    Compilation compilation = compile("bad/Nesting.java");

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.inner-class] @Instrumented class fixtures.Nesting.InnerResource is an"
                + " inner class, so its decorator"
                + " could not be created without an instance of the enclosing class: make it"
                + " `static`")
        .inFile(file)
        .onLineContaining("public class InnerResource");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.private-class] @Instrumented class fixtures.Nesting.PrivateResource is"
                + " private, so its decorator"
                + " cannot extend it: make it package-private or public")
        .inFile(file)
        .onLineContaining("private static class PrivateResource");
  }

  @Test
  void everyProblemOfOneClassIsReportedAtOnce() {
    JavaFileObject file = source("bad/Unreachable.java");
    Compilation compilation = compile("bad/Unreachable.java");

    assertThat(compilation).hadErrorCount(8);
    assertThat(compilation)
        .hadErrorContaining("@Instrumented class fixtures.Unreachable is final")
        .inFile(file)
        .onLineContaining("public final class Unreachable");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.no-accessible-constructor] @Instrumented class fixtures.Unreachable"
                + " has only private constructors, so its"
                + " decorator cannot call one: make a constructor package-private or public")
        .inFile(file)
        .onLineContaining("public final class Unreachable");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.not-called-method] resource method Unreachable.hidden() is private, so"
                + " JAX-RS never calls it and there is nothing to time: make it public")
        .inFile(file)
        .onLineContaining("private String hidden()");
    assertThat(compilation)
        .hadErrorContaining("resource method Unreachable.guarded() is protected, so JAX-RS never")
        .inFile(file)
        .onLineContaining("protected String guarded()");
    assertThat(compilation)
        .hadErrorContaining(
            "resource method Unreachable.local() is package-private, so JAX-RS never")
        .inFile(file)
        .onLineContaining("String local()");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.final-method] resource method Unreachable.sealed() is final, so the"
                + " decorator cannot override it to time it: remove `final` or mark it @DoNotTrack")
        .inFile(file)
        .onLineContaining("public final String sealed()");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.static-method] resource method Unreachable.shared() is static, so the"
                + " decorator cannot override it to time it: make it an instance method or mark it"
                + " @DoNotTrack")
        .inFile(file)
        .onLineContaining("public static String shared()");
    // Inherited: reported on the class being decorated, naming where the method is.
    assertThat(compilation)
        .hadErrorContaining("resource method FinalBase.inherited() is final")
        .inFile(file)
        .onLineContaining("public final class Unreachable");
  }

  @Test
  void classesWithNothingToTime() {
    JavaFileObject file = source("bad/NothingToTime.java");
    Compilation compilation = compile("bad/NothingToTime.java");

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.no-endpoint] @Instrumented class fixtures.NothingToTime has no"
                + " resource method to time: annotate a method with @GET, @POST or another HTTP"
                + " method, or remove @Instrumented")
        .inFile(file)
        .onLineContaining("public class NothingToTime");
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.nothing-tracked] every resource method of @Instrumented class"
                + " fixtures.EverythingUntracked is @DoNotTrack, so there is nothing to time:"
                + " remove @Instrumented")
        .inFile(file)
        .onLineContaining("class EverythingUntracked");
  }

  @Test
  void doNotTrackOnAMethodThatIsNotAResourceMethodIsAWarning() {
    JavaFileObject file = source("bad/UselessDoNotTrack.java");
    Compilation compilation = compile("bad/UselessDoNotTrack.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining(
            "[instrumentator.useless-do-not-track] @DoNotTrack has no effect on"
                + " UselessDoNotTrack.helper(), because it is not a resource method (it has no"
                + " @GET, @POST or another HTTP method, declared or inherited): remove"
                + " @DoNotTrack")
        .inFile(file)
        .onLineContaining("public String helper()");
    assertThat(compilation)
        .hadWarningContaining("@DoNotTrack has no effect on UselessDoNotTrack.locator()")
        .inFile(file)
        .onLineContaining("public Object locator()");
  }

  @Test
  void aBrokenClassDoesNotStopTheOthers() {
    // A failed compilation hides its generated files, so a class that uses the good decorator
    // shows it exists: had it not been generated, "cannot find symbol" would be an eighth error.
    Compilation compilation =
        compile("bad/Shapes.java", "good/LegacyResource.java", "bad/UsesLegacyDecorator.java");

    assertThat(compilation).hadErrorCount(7);
    assertThat(compilation).hadErrorContaining("fixtures.Shapes is final");
  }

  @Test
  void typesTheDecoratorCannotNameAreErrorsOnTheMethodThatUsesThem() {
    JavaFileObject file = source("bad/Inaccessible.java");
    Compilation compilation = compile("bad/Inaccessible.java");

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.inaccessible-type] Inaccessible.get(Inaccessible.Key) uses"
                + " fixtures.Inaccessible.Key, which is private, so the decorator"
                + " Inaccessible_Instrumented cannot name it: make it package-private or public")
        .inFile(file)
        .onLineContaining("public String get(");
    // In a value of an annotation the override repeats.
    assertThat(compilation)
        .hadErrorContaining(
            "Inaccessible.view() uses fixtures.Inaccessible.Internal, which is private")
        .inFile(file)
        .onLineContaining("public String view()");
  }

  @Test
  void aClassWithNoRouteOfAKnownFrameworkIsAnError() {
    JavaFileObject file = source("bad/Inaccessible.java");
    Compilation compilation = compile("bad/Inaccessible.java");

    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.no-framework] @Instrumented class fixtures.Frameworkless has no routes"
                + " of a framework instrumentator supports (JAX-RS): annotate its methods with"
                + " @GET, @POST or another HTTP method, or remove @Instrumented")
        .inFile(file)
        .onLineContaining("class Frameworkless");
  }
}
