package dev.instrumentator.processor;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor prints, in one place, each worded as the fix, with its severity and,
 * for errors and warnings, a code that starts it ({@code [instrumentator.final-method]}) and that
 * the README lists. Arguments are formatted with {@link String#format}; a framework's terms come
 * from its {@link Platform.Wording}.
 */
enum Message {
  INTERFACE(
      Kind.ERROR,
      "interface",
      "@Instrumented cannot decorate interface %s: put @Instrumented on the class that implements"
          + " it"),
  ANNOTATION_TYPE(
      Kind.ERROR,
      "annotation-type",
      "@Instrumented cannot decorate annotation type %s: put @Instrumented on a class"),
  ENUM(
      Kind.ERROR,
      "enum",
      "@Instrumented cannot decorate enum %s, because an enum cannot be extended: make it a class"),
  RECORD(
      Kind.ERROR,
      "record",
      "@Instrumented cannot decorate record %s, because a record cannot be extended: make it a"
          + " class"),
  FINAL_CLASS(
      Kind.ERROR,
      "final-class",
      "@Instrumented class %s is final, so its decorator cannot extend it: remove `final`"),
  ABSTRACT_CLASS(
      Kind.ERROR,
      "abstract-class",
      "@Instrumented class %s is abstract, so %s cannot create it, nor its decorator: put"
          + " @Instrumented on the concrete class that extends it"),
  SEALED_CLASS(
      Kind.ERROR,
      "sealed-class",
      "@Instrumented class %s is sealed and does not permit its decorator, so the decorator"
          + " cannot extend it: add %s to its permits clause (the decorator is then non-sealed),"
          + " or remove `sealed`"),
  PRIVATE_CLASS(
      Kind.ERROR,
      "private-class",
      "@Instrumented class %s is private, so its decorator cannot extend it: make it"
          + " package-private or public"),
  INNER_CLASS(
      Kind.ERROR,
      "inner-class",
      "@Instrumented class %s is an inner class, so its decorator could not be created without"
          + " an instance of the enclosing class: make it `static`"),
  NO_ACCESSIBLE_CONSTRUCTOR(
      Kind.ERROR,
      "no-accessible-constructor",
      "@Instrumented class %s has only private constructors, so its decorator cannot call one:"
          + " make a constructor package-private or public"),
  NO_FRAMEWORK(
      Kind.ERROR,
      "no-framework",
      "@Instrumented class %s has no routes of a framework instrumentator supports (%s): %s; or"
          + " remove @Instrumented"),
  NO_ENDPOINT(
      Kind.ERROR,
      "no-endpoint",
      "@Instrumented class %s has no %s to time: annotate a method with %s, or remove"
          + " @Instrumented"),
  NOTHING_TRACKED(
      Kind.ERROR,
      "nothing-tracked",
      "every %s of @Instrumented class %s is @DoNotTrack, so there is nothing to time: remove"
          + " @Instrumented"),
  NOT_CALLED_METHOD(
      Kind.ERROR,
      "not-called-method",
      "%s %s is %s, so %s never calls it and there is nothing to time: make it %s"),
  FINAL_METHOD(
      Kind.ERROR,
      "final-method",
      "%s %s is final, so the decorator cannot override it to time it: remove `final` or mark it"
          + " @DoNotTrack"),
  PRIVATE_METHOD(
      Kind.ERROR,
      "private-method",
      "%s %s is private, so the decorator cannot override it to time it: make it package-private"
          + " or wider, or mark it @DoNotTrack"),
  STATIC_METHOD(
      Kind.ERROR,
      "static-method",
      "%s %s is static, so the decorator cannot override it to time it: make it an instance"
          + " method or mark it @DoNotTrack"),
  INACCESSIBLE_TYPE(
      Kind.ERROR,
      "inaccessible-type",
      "%s uses %s, which is %s, so the decorator %s cannot name it: make it %s"),
  UNEQUAL_OVERRIDE(
      Kind.ERROR,
      "unequal-override",
      "%s %s would be seen otherwise through its decorator: %s"),
  MISSING_TYPE(
      Kind.ERROR,
      "missing-type",
      "the decorator of %s was not written, because it uses %s, which no processor generated:"
          + " fix the error on that type first"),
  DECORATOR_NAME_TAKEN(
      Kind.ERROR,
      "decorator-name-taken",
      "the decorator of %s would be named %s, which %s: rename one of the two classes"),
  COMPANION_MISSING(
      Kind.ERROR,
      "companion-missing",
      "the decorator of %s needs %s, which is not on the compile class path: add the dependency"
          + " %s"),
  QUARKUS_EXTENSION_MISSING(
      Kind.ERROR,
      "quarkus-extension-missing",
      "@Instrumented class %s is served by Quarkus REST, which instrumentator times through its"
          + " Quarkus extension, not on the compile class path: add the dependency"
          + " dev.instrumentator:instrumentator-quarkus"),
  LOMBOK_NOT_RUN(
      Kind.ERROR,
      "lombok-not-run",
      "@Instrumented class %s has Lombok's @%s, whose constructor does not exist yet, because"
          + " instrumentator's processor ran before Lombok's: list lombok before"
          + " instrumentator-processor in annotationProcessorPaths (Gradle: annotationProcessor)"),
  UNREACHABLE(Kind.WARNING, "unreachable", "@Instrumented class %s %s"),
  USELESS_DO_NOT_TRACK(
      Kind.WARNING,
      "useless-do-not-track",
      "@DoNotTrack has no effect on %s, because it is not a %s (it has no %s, declared or"
          + " inherited): remove @DoNotTrack"),
  UNEXPECTED_FAILURE(
      Kind.ERROR,
      "unexpected-failure",
      "instrumentator could not write the decorator of %s (%s). This is a bug in instrumentator:"
          + " please report it with this class"),
  ROUTE(Kind.NOTE, null, "%s -> %s#%s"),
  UNTRACKED_ROUTE(Kind.NOTE, null, "%s -> %s#%s (@DoNotTrack: not timed)");

  private final Kind kind;
  /**
   * Written out rather than derived from the constant's name: users write it in {@code
   * SuppressWarnings} and search for it, so renaming a constant must not change it ({@code
   * MessageCodesTest} keeps every code).
   */
  private final String code;
  private final String format;

  Message(Kind kind, String code, String format) {
    this.kind = kind;
    this.code = code == null ? null : "instrumentator." + code;
    this.format = format;
  }

  Kind kind() {
    return kind;
  }

  /** {@code instrumentator.final-method}; null for a note, which has none. */
  String code() {
    return code;
  }

  String format(Object... arguments) {
    String text = String.format(format, arguments);
    return kind == Kind.NOTE ? text : "[" + code() + "] " + text;
  }

  /**
   * Prints this message on {@code element}, where the compiler shows it to the user; a warning
   * not if the element, or one enclosing it, says {@code @SuppressWarnings("<its code>")}.
   */
  void report(Messager messager, Element element, Object... arguments) {
    if (kind == Kind.WARNING && isSuppressed(element)) {
      return;
    }
    messager.printMessage(kind, format(arguments), element);
  }

  private boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppressed = e.getAnnotation(SuppressWarnings.class);
      if (suppressed != null && Arrays.asList(suppressed.value()).contains(code())) {
        return true;
      }
    }
    return false;
  }
}
