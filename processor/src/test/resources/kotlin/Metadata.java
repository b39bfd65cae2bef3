package kotlin;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for Kotlin's own, which the Kotlin compiler puts on every class it writes. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Metadata {
  int k() default 1;
}
