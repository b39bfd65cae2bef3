package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.DecoratorName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.util.ClassUtils;

/**
 * Micrometer's {@code @Timed}, {@code @Counted} and {@code @Observed} tag a meter with the class
 * that declares the method they time, which for a timed handler method is its decorator. This
 * tags it with the controller, so that dashboards and alerts on those meters keep their series.
 * Micrometer applies a filter when a meter is first registered, not on each call.
 */
final class ControllerClassTag implements MeterFilter {
  private static final String CLASS = "class";

  private final ClassLoader classLoader;

  ControllerClassTag(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public Meter.Id map(Meter.Id id) {
    String named = id.getTag(CLASS);
    if (named == null || !named.endsWith(DecoratorName.SUFFIX)) {
      return id;
    }
    try {
      Class<?> type = ClassUtils.forName(named, classLoader);
      if (Decorators.isDecorator(type)) {
        return id.replaceTags(Tags.of(id.getTagsAsIterable()).and(CLASS, type.getSuperclass().getName()));
      }
    } catch (ClassNotFoundException | LinkageError e) {
      // Not a class of this application: a value of the application's own.
    }
    return id;
  }
}
