package dev.instrumentator.processor;

/**
 * Every message the processor prints, in one place, each worded as the fix. Arguments are
 * formatted with {@link String#format}.
 */
enum Message {
  INTERFACE(
      "@Instrumented cannot decorate interface %s: put @Instrumented on the resource class that"
          + " implements it"),
  ANNOTATION_TYPE(
      "@Instrumented cannot decorate annotation type %s: put @Instrumented on a resource class"),
  ENUM(
      "@Instrumented cannot decorate enum %s, because an enum cannot be extended: make the"
          + " resource a class"),
  RECORD(
      "@Instrumented cannot decorate record %s, because a record cannot be extended: make the"
          + " resource a class"),
  FINAL_CLASS(
      "@Instrumented class %s is final, so its decorator cannot extend it: remove `final`"),
  ABSTRACT_CLASS(
      "@Instrumented class %s is abstract, so JAX-RS cannot create it, nor its decorator: put"
          + " @Instrumented on the concrete resource class that extends it"),
  SEALED_CLASS(
      "@Instrumented class %s is sealed and does not permit its decorator, so the decorator"
          + " cannot extend it: add %s to its permits clause (the decorator is then non-sealed),"
          + " or remove `sealed`"),
  PRIVATE_CLASS(
      "@Instrumented class %s is private, so its decorator cannot extend it: make it"
          + " package-private or public"),
  INNER_CLASS(
      "@Instrumented class %s is an inner class, so its decorator could not be created without"
          + " an instance of the enclosing class: make it `static`"),
  NO_ACCESSIBLE_CONSTRUCTOR(
      "@Instrumented class %s has only private constructors, so its decorator cannot call one:"
          + " make a constructor package-private or public"),
  NO_RESOURCE_METHOD(
      "@Instrumented class %s has no resource method to time: annotate a method with @GET, @POST"
          + " or another HTTP method, or remove @Instrumented"),
  NOTHING_TRACKED(
      "every resource method of @Instrumented class %s is @DoNotTrack, so there is nothing to"
          + " time: remove @Instrumented"),
  NOT_PUBLIC_METHOD(
      "resource method %s is %s, so JAX-RS ignores it (it calls only public resource methods)"
          + " and there is nothing to time: make it public or mark it @DoNotTrack"),
  FINAL_METHOD(
      "resource method %s is final, so the decorator cannot override it to time it: remove"
          + " `final` or mark it @DoNotTrack"),
  STATIC_METHOD(
      "resource method %s is static, so the decorator cannot override it to time it: make it an"
          + " instance method or mark it @DoNotTrack"),
  USELESS_DO_NOT_TRACK(
      "@DoNotTrack has no effect on %s, because it is not a resource method (it has no @GET,"
          + " @POST or other HTTP method annotation, declared or inherited): remove @DoNotTrack"),
  UNEXPECTED_FAILURE(
      "instrumentator could not write the decorator of %s (%s). This is a bug in instrumentator:"
          + " please report it with this class"),
  ROUTE("%s %s -> %s#%s"),
  UNTRACKED_ROUTE("%s %s -> %s#%s (@DoNotTrack: not timed)");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  String format(Object... arguments) {
    return String.format(format, arguments);
  }
}
