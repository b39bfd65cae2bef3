package dev.instrumentator.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a controller class into request metrics.
 *
 * <p>At compile time the instrumentator processor writes {@code <Name>_Instrumented} next to the
 * annotated class (nested classes: {@code Outer_Inner_Instrumented}). It extends the class and
 * times every resource method not marked {@link DoNotTrack}, labelling each request with the route
 * template the code declares. Register the generated class with the framework in place of the
 * original.
 *
 * <p>The class must be extendable: not final, not abstract, not a record, enum or interface, and,
 * when nested, static and not private. It needs a constructor that is not private.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Instrumented {}
