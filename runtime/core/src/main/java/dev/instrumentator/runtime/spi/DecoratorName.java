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

  /** Whether the class named {@code binaryName} is the decorator of the one named {@code superclass}. */
  public static boolean isDecorator(String binaryName, String superclass) {
    return binaryName.equals(of(superclass));
  }
}
