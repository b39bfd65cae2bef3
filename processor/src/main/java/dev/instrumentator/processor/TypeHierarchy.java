package dev.instrumentator.processor;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.processor.Endpoint.RouteSpec;
import java.lang.annotation.Inherited;
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
 * What every platform reads the same way: a class's supertypes and the methods it runs, the
 * annotations retained at run time, annotation values by name.
 */
final class TypeHierarchy {
  final Elements elements;
  final Types types;

  TypeHierarchy(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The methods that a call on an instance of {@code type} runs, one per signature, in a stable
   * order: its own in source order, then those it inherits, superclasses nearest first, then
   * default methods of its interfaces. A method implemented by a superclass and declared again by
   * an interface counts once, as the superclass's: that is the one {@code super} calls.
   */
  List<ExecutableElement> implementations(TypeElement type) {
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

  /** The type of {@code method} as a member of {@code owner}, type arguments resolved. */
  ExecutableType signature(TypeElement owner, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
  }

  /**
   * The types of {@code method}'s parameters as {@code owner} sees them: as declared, type
   * annotations included (container element constraints), unless a type argument of {@code
   * owner} resolves them, whose resolved types carry none.
   */
  List<TypeMirror> parameterTypes(ExecutableElement method, ExecutableType signature) {
    List<TypeMirror> parameterTypes = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      TypeMirror declared = method.getParameters().get(i).asType();
      TypeMirror resolved = signature.getParameterTypes().get(i);
      parameterTypes.add(types.isSameType(declared, resolved) ? declared : resolved);
    }
    return parameterTypes;
  }

  /** Superclasses nearest first, then every interface, breadth first, each once. */
  List<TypeElement> supertypes(TypeElement type) {
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
  List<TypeElement> interfacesOf(List<TypeElement> classes) {
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

  TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(superclass)
        : null;
  }

  static boolean isObject(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Object");
  }

  boolean isSerializable(TypeElement type) {
    TypeElement serializable = elements.getTypeElement("java.io.Serializable");
    return serializable != null && types.isAssignable(type.asType(), serializable.asType());
  }

  /**
   * The annotations of {@code element} that are retained at run time, where frameworks see them,
   * in source order.
   */
  static List<AnnotationMirror> runtimeAnnotations(Element element) {
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

  /**
   * An endpoint whose override repeats the run-time annotations of {@code method} exactly, on the
   * method and on each parameter, but the return-value cascade that Bean Validation forbids
   * repeating: what a framework and its libraries read of the override is then what they read of
   * the original, whether they search the methods it overrides or look at the invoked method only.
   */
  Endpoint repeatingEndpoint(
      ExecutableElement method,
      ExecutableType signature,
      List<RouteSpec> routes,
      StatusRules statusRules,
      boolean tracked) {
    return new Endpoint(
        method,
        signature,
        parameterTypes(method, signature),
        routes,
        statusRules,
        tracked,
        runtimeAnnotations(method).stream()
            .filter(annotation -> !RETURN_VALUE_CASCADE.contains(annotationTypeName(annotation)))
            .toList(),
        parameterAnnotations(method),
        elements.isDeprecated(method) && !isAnnotated(method, Deprecated.class.getName()));
  }

  /** Per parameter of {@code method}, its annotations retained at run time. */
  static List<List<AnnotationMirror>> parameterAnnotations(ExecutableElement method) {
    List<List<AnnotationMirror>> annotations = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      annotations.add(runtimeAnnotations(parameter));
    }
    return annotations;
  }

  /**
   * Class annotations a decorator never repeats, whatever its framework: {@code @Instrumented}
   * (the decorator is no class to decorate) and Kotlin's description of a Kotlin class (the
   * decorator is a Java one).
   */
  private static final Set<String> NEVER_REPEATED =
      Set.of(Instrumented.class.getCanonicalName(), "kotlin.Metadata");

  /**
   * The run-time class annotations of {@code type} that its decorator lacks unless it repeats
   * them: neither {@code @Inherited} ones, which a subclass has anyway, nor those it never
   * repeats. A platform chooses among these.
   */
  static List<AnnotationMirror> classAnnotationsToRepeat(TypeElement type) {
    return runtimeAnnotations(type).stream()
        .filter(annotation -> !isInherited(annotation))
        .filter(annotation -> !NEVER_REPEATED.contains(annotationTypeName(annotation)))
        .toList();
  }

  /** Whether the type of {@code annotation} is {@code @Inherited}, so subclasses have it anyway. */
  static boolean isInherited(AnnotationMirror annotation) {
    return annotation.getAnnotationType().asElement().getAnnotation(Inherited.class) != null;
  }

  /** The {@code value} of the annotation named {@code annotationType} on {@code element}. */
  static Optional<String> stringValue(Element element, String annotationType) {
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

  static boolean isAnnotated(Element element, String annotationType) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(annotation -> isAnnotation(annotation, annotationType));
  }

  static boolean isAnnotation(AnnotationMirror annotation, String annotationType) {
    return annotationTypeName(annotation).equals(annotationType);
  }

  static String annotationTypeName(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement())
        .getQualifiedName()
        .toString();
  }
}
