package dev.instrumentator.jersey;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.DecoratorName;

/** Finds the decorator the processor generated for a resource class, by its name. */
final class Decorators {
  private Decorators() {}

  /**
   * The decorator of {@code type}, or null if it has none (or is one). It is initialized, so that
   * one that this runtime cannot run stops the application as it starts ({@link
   * Contract#initialize}).
   *
   * @throws IllegalStateException naming both versions, if the decorator cannot run with this
   *     runtime
   */
  static Class<?> of(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null || isDecorator(type)) {
      return null;
    }
    Class<?> decorator;
    try {
      decorator = loader.loadClass(DecoratorName.of(type.getName()));
    } catch (ClassNotFoundException e) {
      return null;
    }
    if (!isDecorator(decorator)) {
      return null;
    }
    Contract.initialize(decorator);
    return decorator;
  }

  /** Decided once per class, as a value of the class: asked per request, it costs no lookup. */
  private static final ClassValue<Boolean> DECORATORS =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          Class<?> superclass = type.getSuperclass();
          return superclass != null
              && DecoratorName.isDecorator(type.getName(), superclass.getName());
        }
      };

  /** Whether {@code type} is the decorator of its superclass. */
  static boolean isDecorator(Class<?> type) {
    return DECORATORS.get(type);
  }
}
