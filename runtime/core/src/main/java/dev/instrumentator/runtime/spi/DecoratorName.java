package dev.instrumentator.runtime.spi;

import java.util.List;

/**
 * The name of the decorator the processor writes for a controller, {@code <Name>_Instrumented} in
 * the controller's package, nested names joined ({@code Outer.Inner} becomes {@code
 * Outer_Inner_Instrumented}). The processor names decorators with it, and framework companions
 * find them with it.
 */
public final class DecoratorName {
  public static final String SUFFIX = "_Instrumented";

  private DecoratorName() {}

  /** The simple name of the decorator of a class, given its simple names from the outermost. */
  public static String simpleName(List<String> simpleNames) {
    return String.join("_", simpleNames) + SUFFIX;
  }

  /**
   * The binary name of the decorator of the class named {@code binaryName} ({@link Class#getName()}:
   * nested classes after {@code $}), whether or not it exists.
   */
  public static String of(String binaryName) {
    int lastDot = binaryName.lastIndexOf('.');
    String packagePrefix = binaryName.substring(0, lastDot + 1);
    return packagePrefix + simpleName(List.of(binaryName.substring(lastDot + 1).split("\\$")));
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
