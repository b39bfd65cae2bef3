package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Everything the processor needs to know about one web framework, and nothing else does: the
 * coordinator, the validator and the writer work from what a platform reads. A framework is one
 * implementation ({@link JaxRsPlatform}, {@link SpringMvcPlatform}); the frameworks' annotations are read by name, so the
 * processor depends on none of them.
 */
interface Platform {

  /** The framework's name and terms, for messages and the decorator's documentation. */
  Wording wording();

  /** Whether {@code type} is written for this framework: it uses its route annotations. */
  boolean recognizes(TypeElement type);

  /**
   * The methods of {@code type}, declared or inherited, that the framework calls to answer
   * requests, found as the framework finds them (inheritance included), with their routes, their
   * status rules and the annotations their overrides carry; tracked or not.
   */
  List<Endpoint> endpoints(TypeElement type);

  /** Whether {@code method}, as a member of {@code owner}, is an endpoint. */
  boolean isEndpoint(TypeElement owner, ExecutableElement method);

  /** Whether the framework calls an endpoint with these modifiers at all. */
  boolean calls(Set<Modifier> modifiers);

  /**
   * Why no client can reach {@code type} by itself, worded as the fix, or empty when one can (JAX-RS:
   * a class with no {@code @Path} is only a sub-resource).
   */
  Optional<String> unreachable(TypeElement type);

  /**
   * The class annotations its decorator repeats, so that the framework sees on the decorator the
   * class it sees on the original, and nothing more (no second bean, say).
   */
  List<AnnotationMirror> classAnnotations(TypeElement type);

  /**
   * The types of instrumentator that decorators of this framework name, each with the dependency
   * that brings it onto the compile class path, in the order to check them.
   */
  Map<String, String> companionTypes();

  /** Annotations the decorator carries that the original does not, for the framework's sake. */
  default List<ClassName> addedClassAnnotations() {
    return List.of();
  }

  /**
   * The interfaces the decorator implements again, though it inherits them, because a reader of
   * the framework looks only at those a method's own class declares.
   *
   * @param tracked the endpoints the decorator overrides
   */
  default List<DeclaredType> interfaces(TypeElement type, List<Endpoint> tracked) {
    return List.of();
  }

  /**
   * Why a reader of the framework would see the decorator's override of {@code endpoint}
   * otherwise than the original's method, worded as the fix; empty when it would not.
   *
   * @param interfaces those the decorator implements again
   */
  default Optional<String> unequal(
      TypeElement type, List<DeclaredType> interfaces, Endpoint endpoint) {
    return Optional.empty();
  }

  /**
   * How this framework is named in messages.
   *
   * @param framework its name: {@code JAX-RS}
   * @param endpoint what it calls an endpoint: {@code resource method}
   * @param endpointAnnotations the annotations that make one: {@code @GET, @POST or another HTTP
   *     method}
   * @param howToRoute how to give a class routes of this framework: {@code annotate its methods
   *     with @GET, @POST or another HTTP method}
   * @param calledVisibility the visibility an endpoint needs to be called: {@code public}
   * @param servedInPlace how the decorator comes to serve in place of the original, for its
   *     documentation, with {@code %s} for the original's name
   */
  record Wording(
      String framework,
      String endpoint,
      String endpointAnnotations,
      String howToRoute,
      String calledVisibility,
      String servedInPlace) {}
}
