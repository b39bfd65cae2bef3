package dev.instrumentator.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * One method of a controller that its framework calls to answer requests, as a {@link Platform}
 * read it: what the decorator's override times, records and repeats.
 *
 * @param method the method, declared in the controller or inherited by it
 * @param signature its type as a member of the controller, with type arguments resolved
 * @param parameterTypes the types of its parameters as the controller sees them: as declared,
 *     type annotations included, unless a type argument of the controller resolves them
 * @param routes the routes it answers: one for JAX-RS; a framework may map a method to several
 * @param statusRules how the override learns the status of a call
 * @param tracked false when it is marked {@code @DoNotTrack}
 * @param annotations the annotations of {@code method} that its override repeats
 * @param parameterAnnotations likewise, per parameter
 * @param suppressDeprecation whether {@code method} is deprecated and its override does not say so
 *     itself, so that overriding and calling it needs the deprecation warning suppressed
 */
record Endpoint(
    ExecutableElement method,
    ExecutableType signature,
    List<TypeMirror> parameterTypes,
    List<RouteSpec> routes,
    StatusRules statusRules,
    boolean tracked,
    List<AnnotationMirror> annotations,
    List<List<AnnotationMirror>> parameterAnnotations,
    boolean suppressDeprecation) {

  /**
   * A route an endpoint answers.
   *
   * @param httpMethod the HTTP method, such as {@code GET}; null when the method answers any, and
   *     the request's is recorded
   * @param template the normalised route template; null when only the framework knows it at run
   *     time (a path with a placeholder), and the pattern it matched is recorded
   */
  record RouteSpec(String httpMethod, String template) {
    @Override
    public String toString() {
      return (httpMethod == null ? "*" : httpMethod) + " " + (template == null ? "?" : template);
    }
  }
}
