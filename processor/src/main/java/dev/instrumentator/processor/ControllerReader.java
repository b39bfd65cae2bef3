package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.processor.ResourceMethod.StatusSource;
import dev.instrumentator.runtime.DecoratorName;
import dev.instrumentator.runtime.RouteTemplate;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Instrumented} class and its JAX-RS routes into a {@link Controller}. JAX-RS
 * annotations are read by name, in both namespaces, and inherited as JAX-RS 3.6 says: a method
 * with no JAX-RS annotation of its own, on itself or its parameters, takes those of the method it
 * overrides, superclasses before interfaces.
 *
 * <p>Reading never fails on a user's mistake; the {@link ControllerValidator} reports those.
 */
final class ControllerReader {
  private final Elements elements;
  private final Types types;

  ControllerReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Controller read(TypeElement type) {
    List<ResourceMethod> resourceMethods = new ArrayList<>();
    List<TypeElement> supertypes = supertypes(type);
    for (ExecutableElement method : methodsOf(type, supertypes)) {
      readResourceMethod(type, supertypes, method).ifPresent(resourceMethods::add);
    }
    return new Controller(
        type,
        decoratorName(type),
        copiedAnnotations(type),
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
            .toList(),
        resourceMethods,
        isSerializable(type));
  }

  /** Whether {@code method}, as a member of {@code owner}, answers an HTTP method. */
  boolean isResourceMethod(TypeElement owner, ExecutableElement method) {
    return httpMethodOf(annotationSource(owner, supertypes(owner), method)).isPresent();
  }

  /** {@code Outer.Inner} becomes {@code Outer_Inner_Instrumented}, in the same package. */
  private static ClassName decoratorName(TypeElement type) {
    ClassName original = ClassName.get(type);
    return ClassName.get(original.packageName(), DecoratorName.simpleName(original.simpleNames()));
  }

  private List<AnnotationMirror> copiedAnnotations(TypeElement type) {
    List<AnnotationMirror> copied = new ArrayList<>();
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      Element annotationType = annotation.getAnnotationType().asElement();
      Retention retention = annotationType.getAnnotation(Retention.class);
      boolean runtime = retention != null && retention.value() == RetentionPolicy.RUNTIME;
      if (runtime && !isAnnotation(annotation, Instrumented.class.getCanonicalName())) {
        copied.add(annotation);
      }
    }
    return copied;
  }

  /**
   * The methods of {@code type}, declared and inherited, in a stable order: its own in source
   * order, then those of each superclass, then default methods of its interfaces.
   */
  private List<ExecutableElement> methodsOf(TypeElement type, List<TypeElement> supertypes) {
    Set<ExecutableElement> members =
        new LinkedHashSet<>(ElementFilter.methodsIn(elements.getAllMembers(type)));
    List<ExecutableElement> ordered = new ArrayList<>();
    List<TypeElement> hierarchy = new ArrayList<>();
    hierarchy.add(type);
    hierarchy.addAll(supertypes);
    for (TypeElement declaring : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (members.remove(method)) {
          ordered.add(method);
        }
      }
    }
    return ordered;
  }

  private Optional<ResourceMethod> readResourceMethod(
      TypeElement owner, List<TypeElement> supertypes, ExecutableElement method) {
    ExecutableElement source = annotationSource(owner, supertypes, method);
    Optional<HttpMethod> httpMethod = httpMethodOf(source);
    if (httpMethod.isEmpty()) {
      return Optional.empty(); // not a resource method; perhaps a sub-resource locator
    }
    JaxRs jaxRs = httpMethod.get().jaxRs();
    ExecutableType signature =
        (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
    String template =
        RouteTemplate.join(pathOf(owner).orElse(""), pathOf(source).orElse(""));
    boolean tracked =
        !isAnnotated(method, DoNotTrack.class.getCanonicalName())
            && !isAnnotated(source, DoNotTrack.class.getCanonicalName());
    return Optional.of(
        new ResourceMethod(
            method,
            signature,
            httpMethod.get().name(),
            template,
            jaxRs,
            statusSource(signature.getReturnType(), jaxRs),
            tracked,
            elements.isDeprecated(method) || elements.isDeprecated(source)));
  }

  private StatusSource statusSource(TypeMirror returnType, JaxRs jaxRs) {
    if (returnType.getKind() == TypeKind.VOID) {
      return StatusSource.VOID;
    }
    if (returnType.getKind().isPrimitive()) {
      return StatusSource.PRIMITIVE_ENTITY;
    }
    TypeElement response = elements.getTypeElement(jaxRs.response());
    if (response != null
        && types.isAssignable(types.erasure(returnType), types.erasure(response.asType()))) {
      return StatusSource.RESPONSE;
    }
    return StatusSource.NULLABLE_ENTITY;
  }

  /**
   * The method whose JAX-RS annotations apply to {@code method} (JAX-RS 3.6): itself if it has
   * any, else the first method it overrides that has some, superclasses before interfaces.
   *
   * @param supertypes those of {@code owner}, in that order
   */
  private ExecutableElement annotationSource(
      TypeElement owner, List<TypeElement> supertypes, ExecutableElement method) {
    if (hasJaxRsAnnotations(method)) {
      return method;
    }
    for (TypeElement supertype : supertypes) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && !candidate.equals(method)
            && elements.overrides(method, candidate, owner)
            && hasJaxRsAnnotations(candidate)) {
          return candidate;
        }
      }
    }
    return method;
  }

  /** Superclasses nearest first, then every interface, breadth first, each once. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement c = superclassOf(type); c != null; c = superclassOf(c)) {
      classes.add(c);
    }
    Set<TypeElement> interfaces = new LinkedHashSet<>();
    ArrayDeque<TypeElement> queue = new ArrayDeque<>();
    queue.add(type);
    queue.addAll(classes);
    while (!queue.isEmpty()) {
      for (TypeMirror implemented : queue.remove().getInterfaces()) {
        TypeElement element = (TypeElement) types.asElement(implemented);
        if (interfaces.add(element)) {
          queue.add(element);
        }
      }
    }
    List<TypeElement> supertypes = new ArrayList<>(classes);
    supertypes.addAll(interfaces);
    return supertypes;
  }

  private TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(superclass)
        : null;
  }

  private boolean hasJaxRsAnnotations(ExecutableElement method) {
    if (method.getAnnotationMirrors().stream().anyMatch(this::isJaxRsAnnotation)) {
      return true;
    }
    return method.getParameters().stream()
        .flatMap(parameter -> parameter.getAnnotationMirrors().stream())
        .anyMatch(this::isJaxRsAnnotation);
  }

  private boolean isJaxRsAnnotation(AnnotationMirror annotation) {
    String name = annotationTypeName(annotation);
    for (JaxRs jaxRs : JaxRs.values()) {
      if (jaxRs.owns(name)) {
        return true;
      }
    }
    return httpMethodOf(annotation).isPresent();
  }

  /** The HTTP method named by an annotation of {@code method} meta-annotated with @HttpMethod. */
  private Optional<HttpMethod> httpMethodOf(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      Optional<HttpMethod> httpMethod = httpMethodOf(annotation);
      if (httpMethod.isPresent()) {
        return httpMethod;
      }
    }
    return Optional.empty();
  }

  /** {@code @GET} and any other annotation meta-annotated with {@code @HttpMethod("...")}. */
  private Optional<HttpMethod> httpMethodOf(AnnotationMirror annotation) {
    Element annotationType = annotation.getAnnotationType().asElement();
    for (JaxRs jaxRs : JaxRs.values()) {
      Optional<String> name = stringValue(annotationType, jaxRs.httpMethod());
      if (name.isPresent()) {
        return Optional.of(new HttpMethod(name.get(), jaxRs));
      }
    }
    return Optional.empty();
  }

  private Optional<String> pathOf(Element element) {
    for (JaxRs jaxRs : JaxRs.values()) {
      Optional<String> path = stringValue(element, jaxRs.path());
      if (path.isPresent()) {
        return path;
      }
    }
    return Optional.empty();
  }

  /** The {@code value} of the annotation named {@code annotationType} on {@code element}. */
  private Optional<String> stringValue(Element element, String annotationType) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (isAnnotation(annotation, annotationType)) {
        for (var entry : annotation.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value")) {
            AnnotationValue value = entry.getValue();
            return Optional.of(String.valueOf(value.getValue()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean isSerializable(TypeElement type) {
    TypeElement serializable = elements.getTypeElement("java.io.Serializable");
    return serializable != null && types.isAssignable(type.asType(), serializable.asType());
  }

  private static boolean isAnnotated(Element element, String annotationType) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(annotation -> isAnnotation(annotation, annotationType));
  }

  private static boolean isAnnotation(AnnotationMirror annotation, String annotationType) {
    return annotationTypeName(annotation).equals(annotationType);
  }

  private static String annotationTypeName(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement())
        .getQualifiedName()
        .toString();
  }

  private record HttpMethod(String name, JaxRs jaxRs) {}
}
