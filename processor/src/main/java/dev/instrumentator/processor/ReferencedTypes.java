package dev.instrumentator.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * The types a decorator's source names in what it repeats of one method or constructor: its
 * parameter, return and thrown types, the bounds of its type variables, the annotations it
 * carries and the classes and enums in their values. The validator checks that the decorator can
 * name each of them; a type that does not exist yet (another processor will generate it) makes
 * the coordinator try the class again in the next round.
 */
final class ReferencedTypes {
  private final Set<DeclaredType> declared = new LinkedHashSet<>();
  private final List<TypeMirror> missing = new ArrayList<>();

  /** The types {@code endpoint}'s override names. */
  static ReferencedTypes of(Endpoint endpoint) {
    ReferencedTypes referenced = new ReferencedTypes();
    ExecutableType signature = endpoint.signature();
    endpoint.parameterTypes().forEach(referenced::addType);
    referenced.addType(signature.getReturnType());
    signature.getThrownTypes().forEach(referenced::addType);
    signature.getTypeVariables().forEach(variable -> referenced.addType(variable.getUpperBound()));
    endpoint.annotations().forEach(referenced::addAnnotation);
    endpoint.parameterAnnotations().forEach(list -> list.forEach(referenced::addAnnotation));
    return referenced;
  }

  /** The types a mirrored {@code constructor} names: its signature and its annotations. */
  static ReferencedTypes of(ExecutableElement constructor) {
    ReferencedTypes referenced = new ReferencedTypes();
    constructor.getAnnotationMirrors().forEach(referenced::addAnnotation);
    for (VariableElement parameter : constructor.getParameters()) {
      referenced.addType(parameter.asType());
      parameter.getAnnotationMirrors().forEach(referenced::addAnnotation);
    }
    constructor.getThrownTypes().forEach(referenced::addType);
    return referenced;
  }

  /** The types the repeated class annotations name. */
  static ReferencedTypes of(List<AnnotationMirror> classAnnotations) {
    ReferencedTypes referenced = new ReferencedTypes();
    classAnnotations.forEach(referenced::addAnnotation);
    return referenced;
  }

  /**
   * A supertype of {@code type}, its superclasses' and interfaces' included, that does not exist
   * (perhaps not generated yet), if there is one.
   */
  static Optional<TypeMirror> missingSupertype(TypeElement type) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(0, type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.ERROR) {
        return Optional.of(supertype);
      }
      if (supertype.getKind() == TypeKind.DECLARED) {
        Optional<TypeMirror> missing =
            missingSupertype((TypeElement) ((DeclaredType) supertype).asElement());
        if (missing.isPresent()) {
          return missing;
        }
      }
    }
    return Optional.empty();
  }

  Set<DeclaredType> declared() {
    return declared;
  }

  /** Types that could not be resolved: not generated yet, or never. */
  List<TypeMirror> missing() {
    return missing;
  }

  private void addType(TypeMirror type) {
    if (type == null) {
      return;
    }
    switch (type.getKind()) {
      case ERROR -> missing.add(type);
      case DECLARED -> {
        DeclaredType declaredType = (DeclaredType) type;
        if (declared.add(declaredType)) {
          declaredType.getTypeArguments().forEach(this::addType);
          if (declaredType.getEnclosingType().getKind() == TypeKind.DECLARED) {
            addType(declaredType.getEnclosingType());
          }
        }
      }
      case ARRAY -> addType(((ArrayType) type).getComponentType());
      case WILDCARD -> {
        addType(((WildcardType) type).getExtendsBound());
        addType(((WildcardType) type).getSuperBound());
      }
      case TYPEVAR -> {
        // Declared by the method or the class; its bounds are added where it is declared.
      }
      case INTERSECTION -> ((IntersectionType) type).getBounds().forEach(this::addType);
      default -> {}
    }
    type.getAnnotationMirrors().forEach(this::addAnnotation);
  }

  private void addAnnotation(AnnotationMirror annotation) {
    addType(annotation.getAnnotationType());
    for (AnnotationValue value : annotation.getElementValues().values()) {
      value.accept(valueTypes, null);
    }
  }

  private final SimpleAnnotationValueVisitor14<Void, Void> valueTypes =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public Void visitType(TypeMirror type, Void unused) {
          addType(type);
          return null;
        }

        @Override
        public Void visitEnumConstant(VariableElement constant, Void unused) {
          addType(constant.asType());
          return null;
        }

        @Override
        public Void visitAnnotation(AnnotationMirror annotation, Void unused) {
          addAnnotation(annotation);
          return null;
        }

        @Override
        public Void visitArray(List<? extends AnnotationValue> values, Void unused) {
          values.forEach(value -> value.accept(this, null));
          return null;
        }
      };
}
