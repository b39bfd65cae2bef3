package dev.instrumentator.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;

/**
 * One resource method of a controller: a method that answers an HTTP method (sub-resource locators
 * are not resource methods).
 *
 * @param method the method, declared in the controller or inherited by it
 * @param signature its type as a member of the controller, with type arguments resolved
 * @param httpMethod the HTTP method it answers, such as {@code GET}
 * @param template the normalised route template, class path and method path joined
 * @param jaxRs the JAX-RS namespace its annotations come from
 * @param statusSource how the decorator learns the status of a call that returned
 * @param tracked false when it is marked {@code @DoNotTrack}
 * @param deprecated whether it, or the method it inherits its annotations from, is deprecated
 */
record ResourceMethod(
    ExecutableElement method,
    ExecutableType signature,
    String httpMethod,
    String template,
    JaxRs jaxRs,
    StatusSource statusSource,
    boolean tracked,
    boolean deprecated) {

  /** How the status of a call that returned normally is known. */
  enum StatusSource {
    /** A {@code void} method: JAX-RS answers 204 No Content. */
    VOID,
    /** A {@code Response}: its own status, or 204 when it is null. */
    RESPONSE,
    /** An entity that may be null: 200, or 204 when it is null. */
    NULLABLE_ENTITY,
    /** A primitive entity: always 200. */
    PRIMITIVE_ENTITY
  }
}
