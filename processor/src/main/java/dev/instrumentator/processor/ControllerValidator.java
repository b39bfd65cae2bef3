package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import dev.instrumentator.processor.Platform.Wording;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that a decorator can be written for a {@link Controller}, and reports every problem on
 * the element to fix, so that one compilation shows them all. It knows no framework: what differs
 * (which methods the framework calls, how it names them) comes from the controller's {@link
 * Platform}.
 */
final class ControllerValidator {
  private static final String PRIVATE = "private";

  private final Messager messager;
  private final Elements elements;
  private final Types types;

  ControllerValidator(Messager messager, Elements elements, Types types) {
    this.messager = messager;
    this.elements = elements;
    this.types = types;
  }

  /**
   * Reports {@code @Instrumented} on a type that is not a class, which nothing else applies to;
   * true when it is a class.
   */
  boolean validateKind(TypeElement type) {
    Message kindError = kindError(type.getKind());
    return kindError == null || error(kindError, type, type.getQualifiedName());
  }

  /** Reports every problem of {@code controller}, a class; true when there is none. */
  boolean validate(Controller controller) {
    TypeElement type = controller.type();
    Wording wording = controller.platform().wording();
    String name = type.getQualifiedName().toString();
    boolean valid = true;
    Set<Modifier> modifiers = type.getModifiers();
    if (modifiers.contains(Modifier.FINAL)) {
      valid = error(Message.FINAL_CLASS, type, name);
    }
    if (modifiers.contains(Modifier.SEALED) && !permits(type, controller.decorator())) {
      valid = error(Message.SEALED_CLASS, type, name, controller.decorator().simpleName());
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      valid = error(Message.ABSTRACT_CLASS, type, name, wording.framework());
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)) {
      valid = error(Message.INNER_CLASS, type, name);
    }
    if (isPrivate(type)) {
      // Its implicit constructor is private too; making the class visible fixes both.
      valid = error(Message.PRIVATE_CLASS, type, name);
    } else if (controller.constructors().isEmpty()) {
      valid = error(Message.NO_ACCESSIBLE_CONSTRUCTOR, type, name);
    }
    Optional<String> lombok = lombokConstructorNotYetWritten(type);
    if (lombok.isPresent()) {
      valid = error(Message.LOMBOK_NOT_RUN, type, name, lombok.get());
    }
    List<Endpoint> tracked = controller.trackedEndpoints();
    if (controller.endpoints().isEmpty()) {
      valid = error(Message.NO_ENDPOINT, type, name, wording.endpoint(), wording.endpointAnnotations());
    } else if (tracked.isEmpty()) {
      valid = error(Message.NOTHING_TRACKED, type, wording.endpoint(), name);
    }
    for (Endpoint endpoint : tracked) {
      valid &= validate(controller, endpoint);
    }
    if (valid) {
      // Only a class that can otherwise be decorated: its other errors say more.
      valid = namesAccessibleTypes(controller);
    }
    controller
        .platform()
        .unreachable(type)
        .ifPresent(why -> Message.UNREACHABLE.report(messager, type, name, why));
    return valid;
  }

  /**
   * Lombok's annotations that give a class a constructor with parameters: true for those whose
   * constructor takes every field, false for those that take the final and {@code @NonNull} ones.
   */
  private static final Map<String, Boolean> LOMBOK_CONSTRUCTORS =
      Map.of(
          "lombok.AllArgsConstructor", true,
          "lombok.Value", true,
          "lombok.RequiredArgsConstructor", false,
          "lombok.Data", false);

  /**
   * The Lombok annotation of {@code type} whose constructor, with parameters, does not exist yet,
   * because Lombok's processor has not run: {@code type} has only the constructor the compiler
   * gives a class without one. The decorator would mirror that one, and fail to compile once
   * Lombok has replaced it.
   */
  private Optional<String> lombokConstructorNotYetWritten(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (elements.getOrigin(constructor) != Elements.Origin.MANDATED) {
        return Optional.empty();
      }
    }
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      Boolean everyField = LOMBOK_CONSTRUCTORS.get(TypeHierarchy.annotationTypeName(annotation));
      if (everyField == null) {
        continue;
      }
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)
            && (everyField
                || field.getModifiers().contains(Modifier.FINAL)
                || TypeHierarchy.isAnnotated(field, "lombok.NonNull"))) {
          return Optional.of(annotation.getAnnotationType().asElement().getSimpleName().toString());
        }
      }
    }
    return Optional.empty();
  }

  /** Warns when {@code @DoNotTrack} stands on a method that is not an endpoint. */
  void warnUselessDoNotTrack(ExecutableElement method, Wording wording) {
    Message.USELESS_DO_NOT_TRACK.report(
        messager, method, describe(method), wording.endpoint(), wording.endpointAnnotations());
  }

  private boolean validate(Controller controller, Endpoint endpoint) {
    ExecutableElement method = endpoint.method();
    Wording wording = controller.platform().wording();
    Set<Modifier> modifiers = method.getModifiers();
    // An inherited method is reported on the class, whose source is at hand.
    Element where = method.getEnclosingElement().equals(controller.type()) ? method : controller.type();
    String described = describe(method);
    if (!controller.platform().calls(modifiers)) {
      return error(
          Message.NOT_CALLED_METHOD,
          where,
          wording.endpoint(),
          described,
          visibility(modifiers),
          wording.framework(),
          wording.calledVisibility());
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      return error(Message.PRIVATE_METHOD, where, wording.endpoint(), described);
    }
    if (modifiers.contains(Modifier.STATIC)) {
      return error(Message.STATIC_METHOD, where, wording.endpoint(), described);
    }
    if (modifiers.contains(Modifier.FINAL)) {
      return error(Message.FINAL_METHOD, where, wording.endpoint(), described);
    }
    Optional<String> unequal =
        controller.platform().unequal(controller.type(), controller.interfaces(), endpoint);
    if (unequal.isPresent()) {
      return error(Message.UNEQUAL_OVERRIDE, where, wording.endpoint(), described, unequal.get());
    }
    return true;
  }

  /**
   * Whether the decorator, in the original's package and extending it, can name every type it
   * repeats: a private nested type, or a package-private one of another package, would make its
   * source fail to compile. Reported on the method or constructor that uses it.
   */
  private boolean namesAccessibleTypes(Controller controller) {
    TypeElement type = controller.type();
    boolean valid = accessible(controller, ReferencedTypes.of(controller.classAnnotations()), type, "class " + type.getSimpleName());
    for (ExecutableElement constructor : controller.constructors()) {
      valid &= accessible(controller, ReferencedTypes.of(constructor), constructor, "constructor " + describe(constructor));
    }
    for (Endpoint endpoint : controller.trackedEndpoints()) {
      ExecutableElement method = endpoint.method();
      Element where = method.getEnclosingElement().equals(type) ? method : type;
      valid &= accessible(controller, ReferencedTypes.of(endpoint), where, describe(method));
    }
    return valid;
  }

  private boolean accessible(
      Controller controller, ReferencedTypes referenced, Element where, String user) {
    PackageElement decoratorPackage = elements.getPackageOf(controller.type());
    for (DeclaredType used : referenced.declared()) {
      String problem = inaccessibility((TypeElement) used.asElement(), decoratorPackage, controller.type());
      if (problem != null) {
        return error(
            Message.INACCESSIBLE_TYPE,
            where,
            user,
            ((TypeElement) used.asElement()).getQualifiedName(),
            problem,
            controller.decorator().simpleName(),
            problem.equals(PRIVATE) ? "package-private or public" : "public");
      }
    }
    return true;
  }

  /** Why the decorator cannot name {@code used}, or null if it can. */
  private String inaccessibility(TypeElement used, PackageElement decoratorPackage, TypeElement original) {
    for (Element e = used; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      Set<Modifier> modifiers = t.getModifiers();
      boolean samePackage = elements.getPackageOf(t).equals(decoratorPackage);
      if (modifiers.contains(Modifier.PRIVATE)) {
        return PRIVATE;
      }
      if (modifiers.contains(Modifier.PROTECTED)) {
        // A subclass of the enclosing class may name it, and the decorator subclasses the original.
        Element enclosing = t.getEnclosingElement();
        if (!samePackage
            && !(enclosing instanceof TypeElement outer
                && types.isSubtype(types.erasure(original.asType()), types.erasure(outer.asType())))) {
          return "protected in another package";
        }
      } else if (!modifiers.contains(Modifier.PUBLIC) && !samePackage) {
        return "package-private in another package";
      }
    }
    return null;
  }

  private static String visibility(Set<Modifier> modifiers) {
    return modifiers.contains(Modifier.PRIVATE) ? "private"
        : modifiers.contains(Modifier.PROTECTED) ? "protected"
        : modifiers.contains(Modifier.PUBLIC) ? "public"
        : "package-private";
  }

  /**
   * Whether sealed {@code type} names {@code decorator} among its permitted subclasses. Before the
   * decorator is generated its name does not resolve, and javac keeps it as written, simple or
   * qualified.
   */
  private static boolean permits(TypeElement type, ClassName decorator) {
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      String name =
          ((TypeElement) ((DeclaredType) permitted).asElement()).getQualifiedName().toString();
      if (name.equals(decorator.simpleName()) || name.equals(decorator.canonicalName())) {
        return true;
      }
    }
    return false;
  }

  private static Message kindError(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return Message.INTERFACE;
      case ANNOTATION_TYPE:
        return Message.ANNOTATION_TYPE;
      case ENUM:
        return Message.ENUM;
      case RECORD:
        return Message.RECORD;
      default:
        return null;
    }
  }

  private static boolean isPrivate(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /** {@code BookResource.get(String)}: the method as a reader finds it in the source. */
  static String describe(ExecutableElement method) {
    String parameters =
        method.getParameters().stream()
            .map(parameter -> simpleName(parameter.asType().toString()))
            .collect(Collectors.joining(", "));
    String name =
        method.getKind() == ElementKind.CONSTRUCTOR
            ? method.getEnclosingElement().getSimpleName().toString()
            : method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    return name + "(" + parameters + ")";
  }

  private static String simpleName(String typeName) {
    // java.util.List<java.lang.String> reads better as List<String>.
    return typeName.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private boolean error(Message message, Element element, Object... arguments) {
    message.report(messager, element, arguments);
    return false;
  }
}
