package dev.instrumentator.jersey.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link AccountWriter} to leave the secret out, as Jackson's {@code @JsonView} on a resource
 * method selects the fields written: JAX-RS hands a writer the annotations of the resource method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Redacted {}
