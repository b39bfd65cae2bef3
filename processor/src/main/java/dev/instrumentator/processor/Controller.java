package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * An {@code @Instrumented} class as it was read: everything the validator checks and the writer
 * needs, so that neither goes back to the compiler's utilities nor knows the framework.
 *
 * @param type the annotated class
 * @param platform the framework it belongs to
 * @param decorator the name of the class to generate
 * @param classAnnotations the class annotations the decorator repeats
 * @param interfaces the interfaces the decorator implements again
 * @param constructors the constructors that are not private, which the decorator mirrors with
 *     their annotations
 * @param endpoints every endpoint of the class, declared or inherited, in order
 * @param serializable whether the class is {@link java.io.Serializable}
 */
record Controller(
    TypeElement type,
    Platform platform,
    ClassName decorator,
    List<AnnotationMirror> classAnnotations,
    List<DeclaredType> interfaces,
    List<ExecutableElement> constructors,
    List<Endpoint> endpoints,
    boolean serializable) {

  List<Endpoint> trackedEndpoints() {
    return endpoints.stream().filter(Endpoint::tracked).toList();
  }
}
