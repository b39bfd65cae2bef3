package dev.instrumentator.runtime.jaxrs;

import dev.instrumentator.runtime.DecoratorName;

/** Finds the decorator the processor generated for a resource class, by its name. */
final class Decorators {
  private Decorators() {}

  /** The decorator of {@code type}, or null if it has none (or is one). */
  static Class<?> of(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null || DecoratorName.isDecorator(type)) {
      return null;
    }
    try {
      Class<?> decorator = loader.loadClass(DecoratorName.of(type));
      return DecoratorName.isDecorator(decorator) ? decorator : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
