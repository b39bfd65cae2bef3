package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.instrumentator.processor.Compilations.compile;
import static dev.instrumentator.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * A decorator whose override Spring Security would name otherwise than the original's method
   * would change what {@code @PreAuthorize("#n ...")} decides: an error, on the method.
   */
  @Test
  void parameterNamesSpringSecurityWouldReadOtherwiseAreAnError() throws IOException {
    Compilation compilation = compile("bad/UnequalNames.java", "stubs/P.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.unequal-override] handler method UnequalNames.section(String) would be"
                + " seen otherwise through its decorator: Spring Security would name its"
                + " parameters by their compiled names on the original but [n] on the decorator,"
                + " whose override another class declares: name them on the method itself with @P")
        .inFile(source("bad/UnequalNames.java"))
        .onLineContaining("public String section(String section) {");
    assertEquals(List.of(), Compilations.sourcesWrittenDespiteErrors("bad/UnequalNames.java", "stubs/P.java"));
  }

  /**
   * {@code Outer.Inner} and a top-level {@code Outer_Inner} would have one decorator name, which
   * the companions find decorators by: an error on the second, not a failure of the processor.
   */
  @Test
  void twoClassesWhoseDecoratorsWouldShareANameAreAnError() {
    Compilation compilation = compile("bad/DecoratorNameClash.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.decorator-name-taken] the decorator of fixtures.DecoratorNameClash_Inner"
                + " would be named DecoratorNameClash_Inner_Instrumented, which is the decorator of"
                + " fixtures.DecoratorNameClash.Inner: rename one of the two classes")
        .inFile(source("bad/DecoratorNameClash.java"))
        .onLineContaining("class DecoratorNameClash_Inner {");
  }

  /** A class of the decorator's name that exists already is the same error, not a processor bug. */
  @Test
  void aClassOfTheDecoratorsNameIsAnError() {
    Compilation compilation = compile("bad/NameTaken.java", "bad/NameTaken_Instrumented.java");

    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.decorator-name-taken] the decorator of fixtures.NameTaken would be"
                + " named NameTaken_Instrumented, which is the name of a class that exists already:"
                + " rename one of the two classes")
        .inFile(source("bad/NameTaken.java"))
        .onLineContaining("public class NameTaken");
  }

  /**
   * Without the companion on the compile class path, one error on the controller names the
   * dependency, rather than errors inside the generated code that name none.
   */
  @Test
  void aCompanionMissingFromTheClassPathIsOneErrorThatNamesIt() {
    Compilation compilation = Compilations.compileWithoutSpringCompanion("bad/WithoutCompanion.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.companion-missing] the decorator of fixtures.WithoutCompanion needs"
                + " dev.instrumentator.spring.internal.SpringStatus, which is not on the compile class path:"
                + " add the dependency dev.instrumentator:instrumentator-spring")
        .inFile(source("bad/WithoutCompanion.java"))
        .onLineContaining("public class WithoutCompanion");
  }

  /** The same for JAX-RS, whose decorators name the runtime's {@code Route}. */
  @Test
  void theRuntimeMissingFromTheClassPathIsOneErrorThatNamesTheCompanion() {
    List<File> withoutRuntime =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("instrumentator-runtime") && !entry.contains("runtime/core"))
            .map(File::new)
            .toList();
    Compilation compilation =
        javac()
            .withProcessors(new InstrumentedProcessor())
            .withClasspath(withoutRuntime)
            .compile(source("good/BookResource.java"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[instrumentator.companion-missing] the decorator of fixtures.BookResource needs"
                + " dev.instrumentator.runtime.internal.Route, which is not on the compile class path: add"
                + " the dependency dev.instrumentator:instrumentator-jersey (or, with another JAX-RS"
                + " implementation, dev.instrumentator:instrumentator-runtime)")
        .inFile(source("good/BookResource.java"))
        .onLineContaining("public class BookResource");
  }

  /** The same when the decorator cannot name the interface: private, or of another package. */
  @Test
  void parameterNamesFromAnInterfaceTheDecoratorCannotNameAreAnError() {
    Compilation compilation =
        compile("bad/Unnameable.java", "bad/other/OtherShelf.java", "stubs/P.java");

    assertThat(compilation).hadErrorCount(2);
    for (String controller : List.of("Unnameable", "UnnameableElsewhere")) {
      assertThat(compilation)
          .hadErrorContaining(
              "[instrumentator.unequal-override] handler method "
                  + (controller.equals("Unnameable") ? "Base" : "OtherShelf") + ".shelf(String)"
                  + " would be seen otherwise through its decorator: Spring Security would name"
                  + " its parameters [s] on the original but by their compiled names on the"
                  + " decorator")
          .inFile(source("bad/Unnameable.java"))
          .onLineContaining("class " + controller + " extends");
    }
  }

  @Test
  void doNotTrackOnAMethodThatIsNotAHandlerMethodIsAWarning() {
    Compilation compilation = compile("bad/UselessDoNotTrackController.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[instrumentator.useless-do-not-track] @DoNotTrack has no effect on"
                + " UselessDoNotTrackController.helper(), because it is not a handler method (it has"
                + " no @GetMapping, @PostMapping or another @RequestMapping, declared or inherited):"
                + " remove @DoNotTrack")
        .inFile(source("bad/UselessDoNotTrackController.java"))
        .onLineContaining("public String helper()");
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
                + " of a framework instrumentator supports (JAX-RS, Spring MVC): annotate its"
                + " methods with @GET, @POST or another HTTP method (JAX-RS); or make it a"
                + " @RestController and annotate its methods with @GetMapping, @PostMapping or"
                + " another @RequestMapping (Spring MVC); or remove @Instrumented")
        .inFile(file)
        .onLineContaining("class Frameworkless");
  }

  @Test
  void everyPlaceADecoratorNamesATypeIsChecked() {
    JavaFileObject file = source("bad/InaccessibleEverywhere.java");
    Compilation compilation =
        compile("bad/InaccessibleEverywhere.java", "bad/other/Elsewhere.java");

    assertThat(compilation).hadErrorCount(22);
    String secret = "fixtures.InaccessibleEverywhere.Secret, which is private";
    for (String line :
        List.of(
            "public Secret returned()",
            "public <T extends Secret> String bound(",
            "public String argument(",
            "public String array(",
            "public String wildcard(",
            "public String lower(",
            "public String nested()",
            "public String arrayValue()",
            "public String parameterAnnotation(",
            "public <T extends Number & Comparable<Secret>> String both(",
            "public String typeAnnotation(",
            "public String innerOfGeneric(",
            "InaccessibleEverywhere(@Named(Secret.class) String name)",
            "InaccessibleEverywhere(int annotated)",
            "InaccessibleEverywhere(Secret parameter)")) {
      assertThat(compilation).hadErrorContaining(secret).inFile(file).onLineContaining(line);
    }
    assertThat(compilation)
        .hadErrorContaining("fixtures.InaccessibleEverywhere.Failure, which is private")
        .inFile(file)
        .onLineContaining("public String thrown()");
    assertThat(compilation)
        .hadErrorContaining(
            "constructor InaccessibleEverywhere(long) uses fixtures.InaccessibleEverywhere.Failure")
        .inFile(file)
        .onLineContaining("InaccessibleEverywhere(long thrown)");
    assertThat(compilation)
        .hadErrorContaining("fixtures.InaccessibleEverywhere.Hidden, which is private")
        .inFile(file)
        .onLineContaining("public String annotation()");
    assertThat(compilation)
        .hadErrorContaining("fixtures.InaccessibleEverywhere.Kind, which is private")
        .inFile(file)
        .onLineContaining("public String enumValue()");
    assertThat(compilation)
        .hadErrorContaining(
            "class NestedResource uses fixtures.InaccessibleEverywhere.Secret, which is private,"
                + " so the decorator InaccessibleEverywhere_NestedResource_Instrumented cannot name"
                + " it")
        .inFile(file)
        .onLineContaining("public static class NestedResource");
    // Inherited from a superclass in another package: reported on the class.
    assertThat(compilation)
        .hadErrorContaining(
            "Elsewhere.inherited(Local) uses bad.other.Local, which is package-private in another"
                + " package, so the decorator InaccessibleEverywhere_Instrumented cannot name it:"
                + " make it public")
        .inFile(file)
        .onLineContaining("public class InaccessibleEverywhere");
    assertThat(compilation)
        .hadErrorContaining(
            "Elsewhere.shielded(Holder.Shielded) uses bad.other.Holder.Shielded, which is protected"
                + " in another package")
        .inFile(file)
        .onLineContaining("public class InaccessibleEverywhere");
  }

  /**
   * With its one problem reported, a class gets no decorator: one that overrode a final method,
   * or named a private type, would fail to compile and add errors of its own.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OnlyFinalMethod      | [instrumentator.final-method]       | public final String get()",
        "OnlyStaticMethod     | [instrumentator.static-method]      | public static String get()",
        "OnlyPrivateMethod    | [instrumentator.not-called-method]  | private String get()",
        "OnlyPrivateHandler   | [instrumentator.private-method]     | private String get()",
        "OnlyFinalHandler     | [instrumentator.final-method]       | public final String get()",
        "OnlyInaccessibleType | [instrumentator.inaccessible-type]  | public Hidden get()",
        "OnlyInaccessibleConstructor | [instrumentator.inaccessible-type] | OnlyInaccessibleConstructor(Hidden",
      })
  void aClassWithOneProblemGetsOneErrorAndNoDecorator(String name, String code, String line)
      throws IOException {
    String resource = "bad/one/" + name + ".java";
    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(code)
        .inFile(source(resource))
        .onLineContaining(line);
    assertEquals(List.of(), Compilations.sourcesWrittenDespiteErrors(resource));
  }

  @Test
  void aClassNoClientCanReachIsAWarningUnlessSaidToBeASubResource() {
    JavaFileObject file = source("bad/NoPath.java");
    Compilation compilation = compile("bad/NoPath.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[instrumentator.unreachable] @Instrumented class fixtures.NoPath has no @Path, on"
                + " itself or a supertype, so JAX-RS serves it only as a sub-resource, through a"
                + " locator that returns its decorator (new NoPath_Instrumented(...)): add @Path to"
                + " serve it at a path of its own; for a sub-resource, add"
                + " @SuppressWarnings(\"instrumentator.unreachable\") to the class")
        .inFile(file)
        .onLineContaining("public class NoPath");
  }
}
