package dev.instrumentator.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.instrumentator.processor.Endpoint.RouteSpec;
import dev.instrumentator.runtime.internal.Contract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Writes the decorator of a valid {@link Controller}: a subclass that repeats the class
 * annotations, mirrors the constructors, and overrides each tracked resource method to time it.
 *
 * <p>Each override repeats the annotations of the method it overrides, on the method and on each
 * parameter, exactly: what JAX-RS and its extensions see on the decorator's method ({@code
 * @RolesAllowed}, name bindings, the annotations an entity writer is handed, validation
 * constraints) is then what they see on the original's, whether the original declares its JAX-RS
 * annotations itself or inherits them from an interface or a superclass. An override that carried
 * only some of them would be read without the rest.
 */
final class DecoratorWriter {
  /** The runtime class a decorator keeps its routes in (instrumentator-runtime). */
  static final ClassName ROUTE = ClassName.get("dev.instrumentator.runtime.internal", "Route");
  /** What a decorator checks first: that the runtime runs the contract it was written for. */
  private static final ClassName CONTRACT =
      ClassName.get("dev.instrumentator.runtime.internal", "Contract");
  /** The field holding that check; no route field takes its name. */
  private static final String CONTRACT_FIELD = "CONTRACT";
  private static final String RESULT = "result";
  private static final String FAILURE = "failure";
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "dev.instrumentator.processor.InstrumentedProcessor";

  private final boolean generatedAnnotationAvailable;

  /** @param generatedAnnotationAvailable whether {@code javax.annotation.processing.Generated} exists */
  DecoratorWriter(boolean generatedAnnotationAvailable) {
    this.generatedAnnotationAvailable = generatedAnnotationAvailable;
  }

  JavaFile write(Controller controller) {
    ClassName original = ClassName.get(controller.type());
    TypeSpec.Builder decorator =
        TypeSpec.classBuilder(controller.decorator())
            .addOriginatingElement(controller.type())
            .addJavadoc(
                "Times the $Ls of {@link $T} into the request-duration histogram.\n$L\n",
                controller.platform().wording().endpoint(),
                original,
                String.format(
                    controller.platform().wording().servedInPlace(),
                    String.join(".", original.simpleNames())))
            .superclass(withoutAnnotations(TypeName.get(controller.type().asType())))
            // A member type of the original or of its supertypes, named like a type the
            // decorator imports (Route, HttpStatus, Generated), would shadow it: qualify those.
            .avoidClashesWithNestedClasses(controller.type());
    if (generatedAnnotationAvailable) {
      decorator.addAnnotation(
          AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    for (AnnotationMirror annotation : controller.classAnnotations()) {
      decorator.addAnnotation(AnnotationSpec.get(annotation));
    }
    for (ClassName added : controller.platform().addedClassAnnotations()) {
      decorator.addAnnotation(added);
    }
    for (DeclaredType implemented : controller.interfaces()) {
      decorator.addSuperinterface(withoutAnnotations(TypeName.get(implemented)));
    }
    if (controller.type().getModifiers().contains(Modifier.PUBLIC)) {
      decorator.addModifiers(Modifier.PUBLIC);
    }
    if (controller.type().getModifiers().contains(Modifier.SEALED)) {
      // Permitted by the original (the validator checked), so it must say how it may be extended.
      decorator.addModifiers(Modifier.NON_SEALED);
    }
    for (TypeParameterElement typeParameter : controller.type().getTypeParameters()) {
      decorator.addTypeVariable(TypeVariableName.get(typeParameter));
    }
    if (controller.serializable()) {
      decorator.addField(
          FieldSpec.builder(TypeName.LONG, "serialVersionUID")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("1L")
              .build());
    }

    List<Endpoint> tracked = controller.trackedEndpoints();
    // First, so that a runtime that cannot run this decorator says so before any route is made.
    decorator.addField(
        FieldSpec.builder(CONTRACT, CONTRACT_FIELD)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(
                "$T.require($L, $S)", CONTRACT, Contract.VERSION, ProcessorVersion.VERSION)
            .build());
    Map<Endpoint, String> routeFields = routeFieldNames(tracked);
    for (Endpoint endpoint : tracked) {
      decorator.addField(
          FieldSpec.builder(ROUTE, routeFields.get(endpoint))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(route(endpoint.routes()))
              .build());
    }
    for (ExecutableElement constructor : controller.constructors()) {
      decorator.addMethod(mirror(constructor));
    }
    for (Endpoint endpoint : tracked) {
      decorator.addMethod(timedOverride(endpoint, routeFields.get(endpoint)));
    }
    return JavaFile.builder(controller.decorator().packageName(), decorator.build())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * A constructor that passes its arguments to the original's, with the same annotations on it
   * and on its parameters, so that a framework can create the decorator as it would the original
   * ({@code @Inject}, {@code @Context} parameters).
   */
  private static MethodSpec mirror(ExecutableElement constructor) {
    MethodSpec.Builder mirror = MethodSpec.constructorBuilder().addModifiers(access(constructor));
    for (AnnotationMirror annotation : constructor.getAnnotationMirrors()) {
      mirror.addAnnotation(AnnotationSpec.get(annotation));
    }
    for (TypeParameterElement typeParameter : constructor.getTypeParameters()) {
      mirror.addTypeVariable(TypeVariableName.get(typeParameter));
    }
    List<String> arguments = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      ParameterSpec.Builder copy =
          ParameterSpec.builder(
              withoutAnnotations(TypeName.get(parameter.asType())),
              parameter.getSimpleName().toString());
      for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
        copy.addAnnotation(AnnotationSpec.get(annotation));
      }
      mirror.addParameter(copy.build());
      arguments.add(parameter.getSimpleName().toString());
    }
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      mirror.addException(withoutAnnotations(TypeName.get(thrown)));
    }
    return mirror
        .varargs(constructor.isVarArgs())
        .addStatement("super($L)", String.join(", ", arguments))
        .build();
  }

  /**
   * An override that calls the original and tells the route under {@code routeField} that the
   * call finished, with the status the endpoint's {@link StatusRules} give. It returns the same
   * value and rethrows the same exception.
   */
  private static MethodSpec timedOverride(Endpoint endpoint, String routeField) {
    ExecutableElement method = endpoint.method();
    ExecutableType signature = endpoint.signature();
    String name = method.getSimpleName().toString();
    MethodSpec.Builder override =
        MethodSpec.methodBuilder(name)
            .addJavadoc("$L\n", javadocSafe(describe(endpoint.routes())))
            .addAnnotation(Override.class)
            .addModifiers(access(method))
            .varargs(method.isVarArgs());
    for (AnnotationMirror annotation : endpoint.annotations()) {
      override.addAnnotation(AnnotationSpec.get(annotation));
    }
    for (TypeMirror typeVariable : signature.getTypeVariables()) {
      override.addTypeVariable(
          (TypeVariableName) withoutAnnotations(TypeVariableName.get((TypeVariable) typeVariable)));
    }
    NameAllocator names = new NameAllocator();
    List<ParameterSpec> parameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      String parameterName = method.getParameters().get(i).getSimpleName().toString();
      List<AnnotationSpec> annotations =
          endpoint.parameterAnnotations().get(i).stream().map(AnnotationSpec::get).toList();
      TypeName type = withoutDeclared(annotated(endpoint.parameterTypes().get(i)), annotations);
      parameters.add(
          ParameterSpec.builder(type, names.newName(parameterName)).addAnnotations(annotations).build());
    }
    override.addParameters(parameters);
    List<String> suppressed = new ArrayList<>();
    if (endpoint.suppressDeprecation()) {
      suppressed.add("deprecation");
    }
    if (method.isVarArgs() && !isReifiable(parameters.get(parameters.size() - 1).type())) {
      // The original declares the same generic varargs; the override cannot be @SafeVarargs.
      suppressed.add("unchecked");
    }
    if (!suppressed.isEmpty()) {
      override.addAnnotation(suppressWarnings(suppressed));
    }
    for (TypeMirror thrown : signature.getThrownTypes()) {
      override.addException(withoutAnnotations(TypeName.get(thrown)));
    }

    String start = names.newName("start");
    StatusRules status = endpoint.statusRules();
    Map<String, Object> outcome = new HashMap<>(status.types());
    outcome.put(RESULT, names.newName(RESULT));
    outcome.put(FAILURE, names.newName(FAILURE));
    TypeName returnType = withoutAnnotations(TypeName.get(signature.getReturnType()));
    override.returns(returnType);
    CodeBlock call =
        CodeBlock.of(
            "super.$L($L)",
            name,
            parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
    boolean returnsValue = !returnType.equals(TypeName.VOID);

    override.addStatement("long $L = $T.startTime()", start, ROUTE);
    if (returnsValue) {
      override.addStatement("$T $L", returnType, outcome.get(RESULT));
    }
    override.beginControlFlow("try");
    if (returnsValue) {
      override.addStatement("$L = $L", outcome.get(RESULT), call);
    } else {
      override.addStatement("$L", call);
    }
    for (StatusRules.Failure failure : status.failures()) {
      override
          .nextControlFlow("catch ($T $L)", failure.exception(), outcome.get(FAILURE))
          .addStatement(callFinished(routeField, start, failure.status(), outcome))
          .addStatement("throw $L", outcome.get(FAILURE));
    }
    override.endControlFlow();
    override.addStatement(callFinished(routeField, start, status.returned(), outcome));
    if (returnsValue) {
      override.addStatement("return $L", outcome.get(RESULT));
    }
    return override.build();
  }

  private static CodeBlock callFinished(
      String routeField, String start, String status, Map<String, Object> outcome) {
    return CodeBlock.of(
        "$L.callFinished($L, $L)", routeField, start, CodeBlock.builder().addNamed(status, outcome).build());
  }

  /**
   * {@code Route.of("GET", "/books/{isbn}")}: one method and one template. A method answering any
   * HTTP method names {@code Route.ANY_METHOD}; one mapped to several templates lists them; one
   * whose template only the framework knows at run time lists none.
   */
  private static CodeBlock route(List<RouteSpec> routes) {
    String httpMethod = routes.get(0).httpMethod();
    CodeBlock method =
        httpMethod == null ? CodeBlock.of("$T.ANY_METHOD", ROUTE) : CodeBlock.of("$S", httpMethod);
    boolean runTime = routes.stream().anyMatch(route -> route.template() == null);
    CodeBlock.Builder templates = CodeBlock.builder();
    if (!runTime) {
      for (RouteSpec route : routes) {
        templates.add(", $S", route.template());
      }
    }
    return CodeBlock.of("$T.of($L$L)", ROUTE, method, templates.build());
  }

  /**
   * {@code GET /books/{isbn}}, or {@code (any method) /a, /b} for a route of any method and two
   * paths.
   */
  private static String describe(List<RouteSpec> routes) {
    String httpMethod = routes.get(0).httpMethod();
    return (httpMethod == null ? "(any method)" : httpMethod) + " "
        + routes.stream()
            .map(route -> route.template() == null ? "(a path resolved at run time)" : route.template())
            .collect(Collectors.joining(", "));
  }

  /**
   * One constant per tracked method, named after it: {@code getBook} keeps its route in {@code
   * GET_BOOK}; overloads are numbered ({@code FIND}, {@code FIND_2}). No name equals a parameter
   * name, which would hide the field.
   */
  private static Map<Endpoint, String> routeFieldNames(List<Endpoint> methods) {
    Set<String> taken = new HashSet<>();
    taken.add("serialVersionUID");
    taken.add(CONTRACT_FIELD);
    for (Endpoint endpoint : methods) {
      for (VariableElement parameter : endpoint.method().getParameters()) {
        taken.add(parameter.getSimpleName().toString());
      }
    }
    Map<Endpoint, String> names = new HashMap<>();
    for (Endpoint endpoint : methods) {
      String base = constantName(endpoint.method().getSimpleName().toString());
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      names.put(endpoint, name);
    }
    return names;
  }

  /** {@code getBookById} becomes {@code GET_BOOK_BY_ID}. */
  static String constantName(String methodName) {
    StringBuilder constant = new StringBuilder();
    for (int i = 0; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(methodName.charAt(i - 1))) {
        constant.append('_');
      }
      constant.append(Character.toUpperCase(c));
    }
    return constant.toString();
  }

  private static Modifier[] access(ExecutableElement element) {
    if (element.getModifiers().contains(Modifier.PUBLIC)) {
      return new Modifier[] {Modifier.PUBLIC};
    }
    if (element.getModifiers().contains(Modifier.PROTECTED)) {
      return new Modifier[] {Modifier.PROTECTED};
    }
    return new Modifier[0];
  }

  private static AnnotationSpec suppressWarnings(List<String> warnings) {
    AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
    for (String warning : warnings) {
      suppress.addMember("value", "$S", warning);
    }
    return suppress.build();
  }

  /**
   * {@link TypeName#get(TypeMirror)} with the type annotations kept, however deep: {@code
   * List<@Size(max = 3) String>} declares a constraint on each element, which the override must
   * declare alike.
   */
  static TypeName annotated(TypeMirror type) {
    TypeName plain =
        switch (type.getKind()) {
          case DECLARED -> annotated((DeclaredType) type);
          case ARRAY -> ArrayTypeName.of(annotated(((ArrayType) type).getComponentType()));
          case WILDCARD -> annotated((WildcardType) type);
          default -> TypeName.get(type).withoutAnnotations();
        };
    List<AnnotationSpec> annotations =
        type.getAnnotationMirrors().stream().map(AnnotationSpec::get).toList();
    return annotations.isEmpty() ? plain : plain.annotated(annotations);
  }

  private static TypeName annotated(DeclaredType type) {
    if (type.getEnclosingType() instanceof DeclaredType enclosing
        && !enclosing.getTypeArguments().isEmpty()) {
      // Outer<T>.Inner: rare, written as JavaPoet writes it, without type annotations.
      return TypeName.get(type).withoutAnnotations();
    }
    ClassName raw = ClassName.get((TypeElement) type.asElement());
    if (type.getTypeArguments().isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(
        raw,
        type.getTypeArguments().stream().map(DecoratorWriter::annotated).toArray(TypeName[]::new));
  }

  private static TypeName annotated(WildcardType type) {
    if (type.getSuperBound() != null) {
      return WildcardTypeName.supertypeOf(annotated(type.getSuperBound()));
    }
    return type.getExtendsBound() != null
        ? WildcardTypeName.subtypeOf(annotated(type.getExtendsBound()))
        : WildcardTypeName.subtypeOf(Object.class);
  }

  /**
   * The type of a parameter as the original declares it, type annotations included, less those
   * its declaration annotations already put there: {@code @NotNull String name} is written once, as
   * in the original, where javac makes {@code @NotNull} both a declaration and a type annotation.
   * Repeated, it would be a second declaration. For an array, that place is its element type.
   */
  static TypeName withoutDeclared(TypeName type, List<AnnotationSpec> declared) {
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(withoutDeclared(array.componentType(), declared))
          .annotated(array.annotations());
    }
    List<TypeName> declaredTypes = declared.stream().map(AnnotationSpec::type).toList();
    List<AnnotationSpec> kept =
        type.annotations().stream()
            .filter(annotation -> !declaredTypes.contains(annotation.type()))
            .toList();
    return kept.size() == type.annotations().size()
        ? type
        : type.withoutAnnotations().annotated(kept);
  }

  /**
   * The type without any type annotation, however deep: a constraint such as {@code @NotNull}
   * repeated on an override is a second declaration, which Bean Validation rejects.
   */
  static TypeName withoutAnnotations(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      TypeName[] arguments =
          parameterized.typeArguments().stream()
              .map(DecoratorWriter::withoutAnnotations)
              .toArray(TypeName[]::new);
      ClassName raw = parameterized.rawType().withoutAnnotations();
      return ParameterizedTypeName.get(raw, arguments);
    }
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(withoutAnnotations(array.componentType()));
    }
    if (type instanceof WildcardTypeName wildcard) {
      return wildcard.lowerBounds().isEmpty()
          ? WildcardTypeName.subtypeOf(withoutAnnotations(wildcard.upperBounds().get(0)))
          : WildcardTypeName.supertypeOf(withoutAnnotations(wildcard.lowerBounds().get(0)));
    }
    if (type instanceof TypeVariableName variable) {
      return TypeVariableName.get(variable.name())
          .withBounds(
              variable.bounds().stream()
                  .map(DecoratorWriter::withoutAnnotations)
                  .toArray(TypeName[]::new));
    }
    return type.withoutAnnotations();
  }

  private static boolean isReifiable(TypeName varargsType) {
    TypeName component = ((ArrayTypeName) varargsType).componentType();
    if (component instanceof TypeVariableName) {
      return false;
    }
    if (component instanceof ParameterizedTypeName parameterized) {
      return parameterized.typeArguments().stream()
          .allMatch(
              argument ->
                  argument instanceof WildcardTypeName wildcard
                      && wildcard.lowerBounds().isEmpty()
                      && wildcard.upperBounds().equals(List.of(ClassName.OBJECT)));
    }
    return true;
  }

  /** A template may hold {@code *}{@code /}, which would end the comment. */
  private static String javadocSafe(String text) {
    return text.replace("*/", "*&#47;");
  }
}
