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
 * template the code declares. The framework's companion serves the generated class in place of the
 * original (Jersey: {@code instrumentator-jersey}, found by Jersey's auto-discovery).
 *
 * <p>Retained at run time, so that a companion can tell an annotated class whose decorator is
 * missing (the processor did not run) and say so at start-up.
 *
 * <p>The class must be extendable: not final, not abstract, not a record, enum or interface, and,
 * when nested, static and not private. It needs a constructor that is not private.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Instrumented {}
