package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.DecoratorName;
import java.lang.reflect.Method;
import org.springframework.web.method.HandlerMethod;

/** Tells decorators and the handler methods they time from the rest. */
final class Decorators {
  private Decorators() {}

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

  /**
   * Whether a decorator times {@code handler}: its bean is a decorator (or a proxy of one), which
   * overrides the method rather than inherits it ({@code @DoNotTrack}).
   */
  static boolean times(HandlerMethod handler) {
    Class<?> beanType = handler.getBeanType();
    Method method = handler.getMethod();
    return isDecorator(beanType) && method.getDeclaringClass() == beanType;
  }
}
