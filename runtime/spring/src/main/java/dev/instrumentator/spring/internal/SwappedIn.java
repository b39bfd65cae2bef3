package dev.instrumentator.spring.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Marks a generated decorator, which repeats its controller's class annotations, stereotype
 * ({@code @RestController}) included, so that AspectJ's {@code @within} and {@code @target} and
 * whoever reads the bean's class see what they see on the controller. Component scanning skips
 * it, so that it never becomes a second bean serving the same routes: it serves only in place of
 * its controller, when the auto-configuration swaps the class of the controller's bean.
 * Generated decorators carry it; applications do not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(SwappedIn.NotScanned.class)
public @interface SwappedIn {

  /** Keeps a decorator from being registered from its own annotations, by scanning or otherwise. */
  final class NotScanned implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return false;
    }
  }
}
