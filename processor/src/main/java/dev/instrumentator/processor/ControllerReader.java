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
import java.util.HashSet;
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
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Instrumented} class and its JAX-RS routes into a {@link Controller}, seeing
 * them as Jersey does. JAX-RS annotations are read by name, in both namespaces, and inherited as
 * Jersey's {@code AnnotatedMethod} inherits them (JAX-RS 3.6): a method with no JAX-RS annotation
 * of its own takes those of the first method it overrides that has some, searched from the class
 * that declares it, superclasses before interfaces.
 *
 * <p>Reading never fails on a user's mistake; the {@link ControllerValidator} reports those.
 */
final class ControllerReader {
  /**
   * Bean Validation's marks for validating a method's return value in cascade. The specification
   * (5.6.5) allows them once per line of a class hierarchy, so an override cannot repeat them; the
   * validator applies the original's to the override through inheritance.
   */
  private static final Set<String> RETURN_VALUE_CASCADE =
      Set.of(
          "jakarta.validation.Valid",
          "jakarta.validation.groups.ConvertGroup",
          "jakarta.validation.groups.ConvertGroup.List",
          "javax.validation.Valid",
          "javax.validation.groups.ConvertGroup",
          "javax.validation.groups.ConvertGroup.List");

  private final Elements elements;
  private final Types types;

  ControllerReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Controller read(TypeElement type) {
    List<ResourceMethod> resourceMethods = new ArrayList<>();
    String classPath = classPath(type);
    for (ExecutableElement method : implementations(type)) {
      readResourceMethod(type, classPath, method).ifPresent(resourceMethods::add);
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
    return httpMethodOf(annotationSource(owner, method)).isPresent();
  }

  /** {@code Outer.Inner} becomes {@code Outer_Inner_Instrumented}, in the same package. */
  private static ClassName decoratorName(TypeElement type) {
    ClassName original = ClassName.get(type);
    return ClassName.get(original.packageName(), DecoratorName.simpleName(original.simpleNames()));
  }

  private List<AnnotationMirror> copiedAnnotations(TypeElement type) {
    List<AnnotationMirror> copied = new ArrayList<>();
    for (AnnotationMirror annotation : runtimeAnnotations(type)) {
      if (!isAnnotation(annotation, Instrumented.class.getCanonicalName())) {
        copied.add(annotation);
      }
    }
    return copied;
  }

  /**
   * The methods that a call on an instance of {@code type} runs, one per signature, in a stable
   * order: its own in source order, then those it inherits, superclasses nearest first, then
   * default methods of its interfaces. A method implemented by a superclass and declared again by
   * an interface counts once, as the superclass's: that is the one {@code super} calls.
   */
  private List<ExecutableElement> implementations(TypeElement type) {
    Set<ExecutableElement> members =
        new HashSet<>(ElementFilter.methodsIn(elements.getAllMembers(type)));
    List<ExecutableElement> implementations = new ArrayList<>();
    List<TypeElement> hierarchy = new ArrayList<>();
    hierarchy.add(type);
    hierarchy.addAll(supertypes(type));
    for (TypeElement declaring : hierarchy) {
      if (isObject(declaring)) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (members.contains(method) && !isOverridden(method, implementations, type)) {
          implementations.add(method);
        }
      }
    }
    return implementations;
  }

  private boolean isOverridden(
      ExecutableElement method, List<ExecutableElement> implementations, TypeElement type) {
    for (ExecutableElement implementation : implementations) {
      if (implementation.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(implementation, method, type)) {
        return true;
      }
    }
    return false;
  }

  private Optional<ResourceMethod> readResourceMethod(
      TypeElement owner, String classPath, ExecutableElement method) {
    ExecutableElement source = annotationSource(owner, method);
    Optional<HttpMethod> httpMethod = httpMethodOf(source);
    if (httpMethod.isEmpty()) {
      return Optional.empty(); // not a resource method; perhaps a sub-resource locator
    }
    JaxRs jaxRs = httpMethod.get().jaxRs();
    ExecutableType signature =
        (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
    String template = RouteTemplate.join(classPath, pathOf(source).orElse(""));
    boolean tracked =
        !isAnnotated(method, DoNotTrack.class.getCanonicalName())
            && !isAnnotated(source, DoNotTrack.class.getCanonicalName());
    List<TypeMirror> parameterTypes = new ArrayList<>();
    List<List<AnnotationMirror>> parameterAnnotations = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      TypeMirror resolved = signature.getParameterTypes().get(i);
      // The declared type keeps its type annotations (container element constraints); the
      // resolved one has none.
      parameterTypes.add(types.isSameType(parameter.asType(), resolved) ? parameter.asType() : resolved);
      parameterAnnotations.add(runtimeAnnotations(parameter));
    }
    List<AnnotationMirror> annotations =
        runtimeAnnotations(method).stream()
            .filter(annotation -> !RETURN_VALUE_CASCADE.contains(annotationTypeName(annotation)))
            .toList();
    return Optional.of(
        new ResourceMethod(
            method,
            signature,
            parameterTypes,
            httpMethod.get().name(),
            template,
            jaxRs,
            statusSource(signature.getReturnType(), jaxRs),
            tracked,
            annotations,
            parameterAnnotations,
            elements.isDeprecated(method) && !isAnnotated(method, Deprecated.class.getName())));
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
   * The method whose JAX-RS annotations apply to {@code method}, as Jersey's {@code
   * AnnotatedMethod} finds it: {@code method} itself if it has its own, else the first
   * counterpart that has some, searched from the type that declares {@code method} (not from
   * {@code owner}), each type's superclass before its interfaces. Jersey searching from the
   * declaring type means that a method inherited from a superclass never takes the annotations of
   * an interface that only a subclass implements.
   *
   * @param owner the controller, in which every counterpart is overridden by {@code method}
   */
  private ExecutableElement annotationSource(TypeElement owner, ExecutableElement method) {
    if (hasOwnJaxRsAnnotations(method)) {
      return method;
    }
    ExecutableElement found =
        searchAbove((TypeElement) method.getEnclosingElement(), owner, method);
    return found != null ? found : method;
  }

  /** Jersey's search in the superclass, then in each interface, of {@code type}. */
  private ExecutableElement searchAbove(
      TypeElement type, TypeElement owner, ExecutableElement method) {
    TypeElement superclass = superclassOf(type);
    if (superclass != null && !isObject(superclass)) {
      ExecutableElement found = search(superclass, owner, method);
      if (found != null) {
        return found;
      }
    }
    for (TypeMirror implemented : type.getInterfaces()) {
      ExecutableElement found = search((TypeElement) types.asElement(implemented), owner, method);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private ExecutableElement search(TypeElement type, TypeElement owner, ExecutableElement method) {
    ExecutableElement counterpart = publicCounterpart(type, owner, method);
    if (counterpart == null) {
      return null;
    }
    return hasOwnJaxRsAnnotations(counterpart) ? counterpart : searchAbove(type, owner, method);
  }

  /**
   * What {@code Class.getMethod} finds in {@code type} for {@code method}: the public method
   * {@code method} overrides (or is) that {@code type} declares or inherits, looked for along its
   * superclasses first, then in its interfaces.
   */
  private ExecutableElement publicCounterpart(
      TypeElement type, TypeElement owner, ExecutableElement method) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement c = type; c != null && !isObject(c); c = superclassOf(c)) {
      classes.add(c);
    }
    for (List<TypeElement> searched : List.of(classes, interfacesOf(classes))) {
      for (TypeElement declaring : searched) {
        for (ExecutableElement candidate :
            ElementFilter.methodsIn(declaring.getEnclosedElements())) {
          boolean visible =
              declaring.getKind().isInterface()
                  || candidate.getModifiers().contains(Modifier.PUBLIC);
          if (visible
              && candidate.getSimpleName().equals(method.getSimpleName())
              && (candidate.equals(method) || elements.overrides(method, candidate, owner))) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  /**
   * The path of the class Jersey takes a resource's {@code @Path} from: the nearest class up the
   * superclasses that has one, else the first interface found on the way that has one.
   */
  private String classPath(TypeElement type) {
    Optional<String> fromInterface = Optional.empty();
    for (TypeElement c = type; c != null; c = superclassOf(c)) {
      Optional<String> path = pathOf(c);
      if (path.isPresent()) {
        return path.get();
      }
      for (TypeMirror implemented : c.getInterfaces()) {
        if (fromInterface.isEmpty()) {
          fromInterface = pathOf(types.asElement(implemented));
        }
      }
    }
    return fromInterface.orElse("");
  }

  /** Superclasses nearest first, then every interface, breadth first, each once. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement c = superclassOf(type); c != null; c = superclassOf(c)) {
      classes.add(c);
    }
    List<TypeElement> withType = new ArrayList<>();
    withType.add(type);
    withType.addAll(classes);
    List<TypeElement> supertypes = new ArrayList<>(classes);
    supertypes.addAll(interfacesOf(withType));
    return supertypes;
  }

  /** Every interface that {@code classes} implement, directly or not, breadth first, each once. */
  private List<TypeElement> interfacesOf(List<TypeElement> classes) {
    Set<TypeElement> interfaces = new LinkedHashSet<>();
    ArrayDeque<TypeElement> queue = new ArrayDeque<>(classes);
    while (!queue.isEmpty()) {
      for (TypeMirror implemented : queue.remove().getInterfaces()) {
        TypeElement element = (TypeElement) types.asElement(implemented);
        if (interfaces.add(element)) {
          queue.add(element);
        }
      }
    }
    return List.copyOf(interfaces);
  }

  private TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(superclass)
        : null;
  }

  private static boolean isObject(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Object");
  }

  /**
   * Whether {@code method} declares JAX-RS annotations of its own, in Jersey's sense: an HTTP
   * method, {@code @Path}, {@code @Produces} or {@code @Consumes} on it, or a parameter annotation
   * such as {@code @PathParam} on one of its parameters.
   */
  private boolean hasOwnJaxRsAnnotations(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = annotationTypeName(annotation);
      if (httpMethodOf(annotation).isPresent() || isOwn(name, false)) {
        return true;
      }
    }
    for (VariableElement parameter : method.getParameters()) {
      for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
        if (isOwn(annotationTypeName(annotation), true)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isOwn(String annotationType, boolean onParameter) {
    for (JaxRs jaxRs : JaxRs.values()) {
      if (onParameter
          ? jaxRs.isOwnParameterAnnotation(annotationType)
          : jaxRs.isOwnMethodAnnotation(annotationType)) {
        return true;
      }
    }
    return false;
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

  /** The annotations of {@code element} that are retained at run time, where frameworks see them. */
  private static List<AnnotationMirror> runtimeAnnotations(Element element) {
    List<AnnotationMirror> retained = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Retention retention =
          annotation.getAnnotationType().asElement().getAnnotation(Retention.class);
      if (retention != null && retention.value() == RetentionPolicy.RUNTIME) {
        retained.add(annotation);
      }
    }
    return retained;
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
