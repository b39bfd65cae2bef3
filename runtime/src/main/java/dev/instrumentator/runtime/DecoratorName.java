package dev.instrumentator.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The name of the decorator the processor writes for a controller, {@code <Name>_Instrumented} in
 * the controller's package, nested names joined ({@code Outer.Inner} becomes {@code
 * Outer_Inner_Instrumented}). The processor names decorators with it, and the JAX-RS companion
 * finds them with it.
 */
public final class DecoratorName {
  public static final String SUFFIX = "_Instrumented";

  private DecoratorName() {}

  /** The simple name of the decorator of a class, given its simple names from the outermost. */
  public static String simpleName(List<String> simpleNames) {
    return String.join("_", simpleNames) + SUFFIX;
  }

  /** The binary name of the decorator of {@code controller}, whether or not it exists. */
  public static String of(Class<?> controller) {
    Deque<String> simpleNames = new ArrayDeque<>();
    for (Class<?> c = controller; c != null; c = c.getEnclosingClass()) {
      simpleNames.addFirst(c.getSimpleName());
    }
    String packageName = controller.getPackageName();
    String simpleName = simpleName(List.copyOf(simpleNames));
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** Whether {@code type} is the decorator of its superclass. */
  public static boolean isDecorator(Class<?> type) {
    Class<?> superclass = type.getSuperclass();
    return superclass != null && type.getName().equals(of(superclass));
  }
}
