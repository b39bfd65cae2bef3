package dev.instrumentator.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * One resource method of a controller: a method that answers an HTTP method (sub-resource locators
 * are not resource methods).
 *
 * @param method the method, declared in the controller or inherited by it
 * @param signature its type as a member of the controller, with type arguments resolved
 * @param parameterTypes the types of its parameters as the controller sees them: as declared,
 *     type annotations included, unless a type argument of the controller resolves them
 * @param httpMethod the HTTP method it answers, such as {@code GET}
 * @param template the normalised route template, class path and method path joined
 * @param jaxRs the JAX-RS namespace its annotations come from
 * @param statusSource how the decorator learns the status of a call that returned
 * @param tracked false when it is marked {@code @DoNotTrack}
 * @param annotations the annotations of {@code method} that its override repeats: every one
 *     retained at run time, except those Bean Validation forbids repeating
 * @param parameterAnnotations likewise, per parameter: every one retained at run time
 * @param deprecatedWithoutAnnotation whether {@code method} is deprecated by its documentation
 *     alone, so that overriding and calling it needs the deprecation warning suppressed
 */
record ResourceMethod(
    ExecutableElement method,
    ExecutableType signature,
    List<TypeMirror> parameterTypes,
    String httpMethod,
    String template,
    JaxRs jaxRs,
    StatusSource statusSource,
    boolean tracked,
    List<AnnotationMirror> annotations,
    List<List<AnnotationMirror>> parameterAnnotations,
    boolean deprecatedWithoutAnnotation) {

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
