package dev.instrumentator.runtime.internal;

/**
 * The name of the decorator the processor writes for a class: from the class's binary name
 * ({@link Class#getName()}), {@code <Name>_Instrumented} in its package, with every {@code $}
 * made {@code _} ({@code Outer.Inner}, binary {@code Outer$Inner}, becomes {@code
 * Outer_Inner_Instrumented}; a top-level {@code Books$Api} becomes {@code
 * Books_Api_Instrumented}). The processor names decorators with it, and framework companions find
 * them with it: one rule, in one place.
 */
public final class DecoratorName {
  public static final String SUFFIX = "_Instrumented";

  private DecoratorName() {}

  /**
   * The binary name of the decorator of the class named {@code binaryName}, whether or not it
   * exists. The decorator is a top-level class, so its binary name is also its qualified name.
   */
  public static String of(String binaryName) {
    int lastDot = binaryName.lastIndexOf('.');
    return binaryName.substring(0, lastDot + 1) + simpleNameOf(binaryName);
  }

  /** The simple name of the decorator of the class named {@code binaryName}. */
  public static String simpleNameOf(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '_') + SUFFIX;
  }

  /**
   * What a companion says of a class that is {@code @Instrumented} but served without a decorator
   * because none exists: the annotation processor did not run.
   *
   * @param binaryName the class's {@link Class#getName()}
   */
  public static String missingDecoratorMessage(String binaryName) {
    return "instrumentator: " + binaryName + " is @Instrumented but has no decorator ("
        + of(binaryName) + "), so none of its requests is timed: the annotation processor did not"
        + " run. Put instrumentator-processor on the compiler's processor path (Maven:"
        + " annotationProcessorPaths of maven-compiler-plugin; Gradle: annotationProcessor); JDK 23"
        + " and later run no processor found only on the class path.";
  }

  /** Whether the class named {@code binaryName} is the decorator of the one named {@code superclass}. */
  public static boolean isDecorator(String binaryName, String superclass) {
    return binaryName.equals(of(superclass));
  }
}
