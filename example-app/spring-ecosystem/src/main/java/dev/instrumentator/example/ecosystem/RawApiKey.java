package dev.instrumentator.example.ecosystem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler method that answers only with the API key: {@link ApiKeyInterceptor} enforces it by
 * reading the handler method's own annotations, as such interceptors usually do.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RawApiKey {}
