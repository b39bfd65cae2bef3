package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Instrumented} class as the reader found it: everything the validator checks and the
 * writer needs, so that neither goes back to the compiler's utilities.
 *
 * @param type the annotated class
 * @param decorator the name of the class to generate
 * @param copiedAnnotations the class annotations retained at run time, {@code @Instrumented}
 *     excepted: the decorator repeats them, or JAX-RS would lose class-level {@code @Path}, {@code
 *     @RolesAllowed} and name bindings
 * @param constructors the constructors that are not private, which the decorator mirrors
 * @param resourceMethods every resource method of the class, declared or inherited, in order
 * @param serializable whether the class is {@link java.io.Serializable}
 */
record Controller(
    TypeElement type,
    ClassName decorator,
    List<AnnotationMirror> copiedAnnotations,
    List<ExecutableElement> constructors,
    List<ResourceMethod> resourceMethods,
    boolean serializable) {

  List<ResourceMethod> trackedMethods() {
    return resourceMethods.stream().filter(ResourceMethod::tracked).toList();
  }
}
