package dev.instrumentator.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves one resource method of an {@link Instrumented} controller untimed: the generated decorator
 * does not override it, so it runs exactly as written and records nothing. Use it for the metrics
 * endpoint itself, health checks, or any route that should not appear in the metrics.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DoNotTrack {}
