package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * Checks that a decorator can be written for a {@link Controller}, and reports every problem on
 * the element to fix, so that one compilation shows them all.
 */
final class ControllerValidator {
  private final Messager messager;

  ControllerValidator(Messager messager) {
    this.messager = messager;
  }

  /** Reports every problem of {@code controller}; true when there is none. */
  boolean validate(Controller controller) {
    TypeElement type = controller.type();
    String name = type.getQualifiedName().toString();
    Message kindError = kindError(type.getKind());
    if (kindError != null) {
      return error(type, kindError.format(name)); // nothing else applies to a class that cannot be extended
    }
    boolean valid = true;
    Set<Modifier> modifiers = type.getModifiers();
    if (modifiers.contains(Modifier.FINAL)) {
      valid = error(type, Message.FINAL_CLASS.format(name));
    }
    if (modifiers.contains(Modifier.SEALED) && !permits(type, controller.decorator())) {
      valid = error(type, Message.SEALED_CLASS.format(name, controller.decorator().simpleName()));
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      valid = error(type, Message.ABSTRACT_CLASS.format(name));
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)) {
      valid = error(type, Message.INNER_CLASS.format(name));
    }
    if (isPrivate(type)) {
      // Its implicit constructor is private too; making the class visible fixes both.
      valid = error(type, Message.PRIVATE_CLASS.format(name));
    } else if (controller.constructors().isEmpty()) {
      valid = error(type, Message.NO_ACCESSIBLE_CONSTRUCTOR.format(name));
    }
    List<ResourceMethod> tracked = controller.trackedMethods();
    if (controller.resourceMethods().isEmpty()) {
      valid = error(type, Message.NO_RESOURCE_METHOD.format(name));
    } else if (tracked.isEmpty()) {
      valid = error(type, Message.NOTHING_TRACKED.format(name));
    }
    for (ResourceMethod resourceMethod : tracked) {
      valid &= validate(type, resourceMethod.method());
    }
    return valid;
  }

  /** Warns when {@code @DoNotTrack} stands on a method that is not a resource method. */
  void warnUselessDoNotTrack(ExecutableElement method) {
    messager.printMessage(
        Kind.WARNING, Message.USELESS_DO_NOT_TRACK.format(describe(method)), method);
  }

  private boolean validate(TypeElement type, ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    String described = describe(method);
    String problem =
        !modifiers.contains(Modifier.PUBLIC)
            ? Message.NOT_PUBLIC_METHOD.format(described, visibility(modifiers))
            : modifiers.contains(Modifier.STATIC) ? Message.STATIC_METHOD.format(described)
            : modifiers.contains(Modifier.FINAL) ? Message.FINAL_METHOD.format(described)
            : null;
    if (problem == null) {
      return true;
    }
    // An inherited method is reported on the class, whose source is at hand.
    Element where = method.getEnclosingElement().equals(type) ? method : type;
    return error(where, problem);
  }

  private static String visibility(Set<Modifier> modifiers) {
    return modifiers.contains(Modifier.PRIVATE) ? "private"
        : modifiers.contains(Modifier.PROTECTED) ? "protected"
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
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName()
        + "(" + parameters + ")";
  }

  private static String simpleName(String typeName) {
    // java.util.List<java.lang.String> reads better as List<String>.
    return typeName.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private boolean error(Element element, String message) {
    messager.printMessage(Kind.ERROR, message, element);
    return false;
  }
}
