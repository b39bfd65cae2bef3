package dev.instrumentator.processor;

import static dev.instrumentator.processor.TypeHierarchy.annotationTypeName;
import static dev.instrumentator.processor.TypeHierarchy.isAnnotated;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.processor.Endpoint.RouteSpec;
import dev.instrumentator.processor.StatusRules.Failure;
import dev.instrumentator.runtime.internal.RouteTemplate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * Spring MVC, as its {@code RequestMappingHandlerMapping} reads it: a class annotated {@code
 * @Controller} (or an annotation meta-annotated with it, {@code @RestController}), methods mapped
 * with {@code @RequestMapping} or a composed annotation ({@code @GetMapping}, or one of the user's
 * that is meta-annotated with them), found on the method or the first method up the hierarchy that
 * has one, under the class's mapping found likewise. A mapping may give several paths (several
 * routes), no HTTP method (the request's counts), or a path with a {@code ${placeholder}} (the
 * path Spring matched counts).
 *
 * <p>The decorator repeats every run-time annotation of the class, of each method and of each
 * parameter, stereotypes and mappings included, and implements the interfaces Spring Security reads
 * parameter names from: readers that look only at the invoked method or the bean's class (Spring
 * Security's {@code @P} lookup, AspectJ's {@code @annotation} and {@code @within}, interceptors
 * calling {@code Method.isAnnotationPresent}) then see what they see on the original
 * (docs/design.md, S12, S13). It also carries {@code @SwappedIn}, so that component scanning skips
 * it rather than make it a second bean (S1): it serves only through the swap of its original's bean
 * class.
 * Status: a {@code ResponseEntity}'s, that of {@code @ResponseStatus} on the method, 200 otherwise;
 * for an exception, what {@code SpringStatus} finds (an {@code ErrorResponse}'s, an exception
 * class's {@code @ResponseStatus}, else 500).
 */
final class SpringMvcPlatform implements Platform {
  private static final String CONTROLLER = "org.springframework.stereotype.Controller";
  private static final String REQUEST_MAPPING =
      "org.springframework.web.bind.annotation.RequestMapping";
  private static final String RESPONSE_STATUS =
      "org.springframework.web.bind.annotation.ResponseStatus";
  private static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";
  private static final String ALIAS_FOR = "org.springframework.core.annotation.AliasFor";
  private static final ClassName HTTP_STATUS = ClassName.get("org.springframework.http", "HttpStatus");
  private static final ClassName SPRING_STATUS =
      ClassName.get("dev.instrumentator.spring.internal", "SpringStatus");
  private static final ClassName SWAPPED_IN = ClassName.get("dev.instrumentator.spring.internal", "SwappedIn");
  /**
   * The annotations Spring Security names parameters by: its own {@code @P}, and Spring Data's
   * {@code @Param} (DefaultSecurityParameterNameDiscoverer).
   */
  private static final Set<String> PARAMETER_NAMES =
      Set.of(
          "org.springframework.security.core.parameters.P",
          "org.springframework.data.repository.query.Param");

  private static final Wording WORDING =
      new Wording(
          "Spring MVC",
          "handler method",
          "@GetMapping, @PostMapping or another @RequestMapping",
          "make it a @RestController and annotate its methods with @GetMapping, @PostMapping or"
              + " another @RequestMapping",
          "not private",
          "instrumentator-spring serves it in place of {@code %1$s}: it swaps the bean's class.");


  private final TypeHierarchy hierarchy;

  SpringMvcPlatform(TypeHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  @Override
  public Wording wording() {
    return WORDING;
  }

  @Override
  public boolean recognizes(TypeElement type) {
    return isMetaAnnotated(type, CONTROLLER, new HashSet<>());
  }

  @Override
  public List<Endpoint> endpoints(TypeElement type) {
    Mapping classMapping = classMapping(type);
    List<Endpoint> endpoints = new ArrayList<>();
    for (ExecutableElement method : hierarchy.implementations(type)) {
      Optional<Mapping> mapping = methodMapping(type, method);
      if (mapping.isPresent()) {
        endpoints.add(endpoint(type, method, classMapping.combine(mapping.get())));
      }
    }
    return endpoints;
  }

  @Override
  public boolean isEndpoint(TypeElement owner, ExecutableElement method) {
    return methodMapping(owner, method).isPresent();
  }

  /** Spring calls non-public handler methods too; a private one the decorator cannot override. */
  @Override
  public boolean calls(Set<Modifier> modifiers) {
    return true;
  }

  @Override
  public Optional<String> unreachable(TypeElement type) {
    return Optional.empty();
  }

  @Override
  public Map<String, String> companionTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    for (ClassName type : List.of(SPRING_STATUS, SWAPPED_IN)) {
      types.put(type.canonicalName(), "dev.instrumentator:instrumentator-spring");
    }
    types.put(DecoratorWriter.ROUTE.canonicalName(), "dev.instrumentator:instrumentator-spring");
    return types;
  }

  @Override
  public List<AnnotationMirror> classAnnotations(TypeElement type) {
    return TypeHierarchy.classAnnotationsToRepeat(type);
  }

  @Override
  public List<ClassName> addedClassAnnotations() {
    return List.of(SWAPPED_IN);
  }

  /**
   * Spring Security names a handler method's parameters after {@code @P} or {@code @Param} on the
   * invoked method, else on the first interface, of those the class declaring that method
   * implements directly, that has the method ({@code AnnotationParameterNameDiscoverer};
   * docs/design.md, S12). The decorator's overrides are declared by the decorator, so it implements
   * again each interface that names a handler method's parameters so, and all of the original's own
   * interfaces, in their order, once one of them does: the same interface is then searched first
   * for the original's own methods. {@link #unequal} reports a method for which that is not
   * enough.
   */
  @Override
  public List<DeclaredType> interfaces(TypeElement type, List<Endpoint> tracked) {
    Set<TypeElement> naming = new LinkedHashSet<>();
    for (Endpoint endpoint : tracked) {
      ExecutableElement method = endpoint.method();
      if (!namedOnItself(method)) {
        TypeElement declaring = (TypeElement) method.getEnclosingElement();
        namingInterface(directInterfaces(declaring), method, declaredParameterTypes(endpoint))
            .filter(found -> parameterNames(found.method()) != null)
            .map(NamingInterface::searched)
            .ifPresent(naming::add);
      }
    }
    List<TypeElement> own = directInterfaces(type);
    Set<TypeElement> interfaces = new LinkedHashSet<>();
    if (naming.stream().anyMatch(own::contains)) {
      interfaces.addAll(own);
    }
    interfaces.addAll(naming);
    List<DeclaredType> implemented = new ArrayList<>();
    for (TypeElement implementedInterface : interfaces) {
      if (canImplement(type, implementedInterface)) {
        implemented.add(asSupertype(type, implementedInterface));
      }
    }
    return implemented;
  }

  /**
   * Whether Spring Security would name the parameters of {@code endpoint} otherwise through the
   * decorator's override than through the original's method: worded as the fix.
   */
  @Override
  public Optional<String> unequal(TypeElement type, List<DeclaredType> interfaces, Endpoint endpoint) {
    ExecutableElement method = endpoint.method();
    if (namedOnItself(method)) {
      return Optional.empty(); // the override repeats the names
    }
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    List<String> original =
        namingInterface(directInterfaces(declaring), method, declaredParameterTypes(endpoint))
            .map(found -> parameterNames(found.method()))
            .orElse(null);
    List<String> decorated =
        namingInterface(
                interfaces.stream().map(implemented -> (TypeElement) implemented.asElement()).toList(),
                method,
                endpoint.parameterTypes())
            .map(found -> parameterNames(found.method()))
            .orElse(null);
    if (Objects.equals(original, decorated)) {
      return Optional.empty();
    }
    return Optional.of(
        "Spring Security would name its parameters " + describeNames(original)
            + " on the original but " + describeNames(decorated) + " on the decorator, whose"
            + " override another class declares: name them on the method itself with @P");
  }

  private static boolean namedOnItself(ExecutableElement method) {
    return method.getParameters().stream().anyMatch(parameter -> parameterName(parameter) != null);
  }

  private static String describeNames(List<String> names) {
    return names == null ? "by their compiled names" : names.toString();
  }

  private List<TypeElement> directInterfaces(TypeElement type) {
    return type.getInterfaces().stream()
        .map(implemented -> (TypeElement) hierarchy.types.asElement(implemented))
        .toList();
  }

  private List<TypeMirror> declaredParameterTypes(Endpoint endpoint) {
    return endpoint.method().getParameters().stream().map(VariableElement::asType).toList();
  }

  /**
   * The interface of {@code interfaces} that Spring Security reads {@code method}'s parameter
   * names from: the first in which Spring's {@code ReflectionUtils.findMethod} finds, among its
   * methods and its superinterfaces', one of that name whose parameters erase as {@code
   * parameterTypes} do.
   */
  private Optional<NamingInterface> namingInterface(
      List<TypeElement> interfaces, ExecutableElement method, List<TypeMirror> parameterTypes) {
    for (TypeElement candidate : interfaces) {
      for (ExecutableElement member : ElementFilter.methodsIn(hierarchy.elements.getAllMembers(candidate))) {
        if (member.getSimpleName().equals(method.getSimpleName())
            && !member.getModifiers().contains(Modifier.STATIC)
            && sameErasures(member.getParameters().stream().map(VariableElement::asType).toList(), parameterTypes)) {
          return Optional.of(new NamingInterface(candidate, member));
        }
      }
    }
    return Optional.empty();
  }

  /** An interface searched for a method's parameter names, and the method found there. */
  private record NamingInterface(TypeElement searched, ExecutableElement method) {}

  private boolean sameErasures(List<TypeMirror> these, List<TypeMirror> those) {
    if (these.size() != those.size()) {
      return false;
    }
    for (int i = 0; i < these.size(); i++) {
      if (!hierarchy.types.isSameType(
          hierarchy.types.erasure(these.get(i)), hierarchy.types.erasure(those.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** The names {@code @P} or {@code @Param} give {@code method}'s parameters; null if none. */
  private List<String> parameterNames(ExecutableElement method) {
    List<String> names = new ArrayList<>();
    boolean named = false;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameterName(parameter);
      named |= name != null;
      names.add(name);
    }
    return named ? names : null;
  }

  private static String parameterName(VariableElement parameter) {
    for (String annotationType : PARAMETER_NAMES) {
      Optional<String> name = TypeHierarchy.stringValue(parameter, annotationType);
      if (name.isPresent()) {
        return name.get();
      }
    }
    return null;
  }

  /**
   * Whether the decorator, in {@code type}'s package, may name {@code implemented} in its {@code
   * implements} clause: not sealed, and, as every type enclosing it, public, or not private and of
   * that package.
   */
  private boolean canImplement(TypeElement type, TypeElement implemented) {
    if (implemented.getModifiers().contains(Modifier.SEALED)) {
      return false;
    }
    for (Element e = implemented; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      Set<Modifier> modifiers = t.getModifiers();
      boolean samePackage =
          hierarchy.elements.getPackageOf(t).equals(hierarchy.elements.getPackageOf(type));
      if (!modifiers.contains(Modifier.PUBLIC)
          && (modifiers.contains(Modifier.PRIVATE) || !samePackage)) {
        return false;
      }
    }
    return true;
  }

  /** {@code implemented} as {@code type} implements it, with its type arguments. */
  private DeclaredType asSupertype(TypeElement type, TypeElement implemented) {
    ArrayDeque<TypeMirror> queue = new ArrayDeque<>(List.of(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror candidate = queue.remove();
      if (candidate instanceof DeclaredType declared && declared.asElement().equals(implemented)) {
        return declared;
      }
      queue.addAll(hierarchy.types.directSupertypes(candidate));
    }
    throw new IllegalStateException(type + " does not implement " + implemented);
  }

  private Endpoint endpoint(TypeElement owner, ExecutableElement method, Mapping mapping) {
    ExecutableType signature = hierarchy.signature(owner, method);
    String httpMethod = mapping.methods().size() == 1 ? mapping.methods().iterator().next() : null;
    List<RouteSpec> routes = new ArrayList<>();
    for (String path : mapping.paths()) {
      String template = path.contains("${") ? null : RouteTemplate.normalize(path);
      routes.add(new RouteSpec(httpMethod, template));
    }
    return hierarchy.repeatingEndpoint(
        method,
        signature,
        routes,
        statusRules(method, signature.getReturnType()),
        !isTrackedOff(owner, method));
  }

  /** {@code @DoNotTrack} on the method or on the one it takes its mapping from. */
  private boolean isTrackedOff(TypeElement owner, ExecutableElement method) {
    String doNotTrack = DoNotTrack.class.getCanonicalName();
    if (isAnnotated(method, doNotTrack)) {
      return true;
    }
    for (ExecutableElement overridden : overriddenMethods(owner, method)) {
      if (isAnnotated(overridden, doNotTrack)) {
        return true;
      }
    }
    return false;
  }

  private StatusRules statusRules(ExecutableElement method, TypeMirror returnType) {
    List<Failure> failures =
        List.of(new Failure(ClassName.get(Throwable.class), "$springStatus:T.of($failure:L)"));
    Map<String, TypeName> types =
        Map.of("springStatus", SPRING_STATUS, "httpStatus", HTTP_STATUS);
    Optional<String> declared = responseStatus(method);
    if (declared.isPresent()) {
      return new StatusRules("$httpStatus:T." + declared.get() + ".value()", failures, types);
    }
    TypeElement responseEntity = hierarchy.elements.getTypeElement(RESPONSE_ENTITY);
    if (returnType.getKind() == TypeKind.DECLARED
        && responseEntity != null
        && hierarchy.types.isAssignable(
            hierarchy.types.erasure(returnType), hierarchy.types.erasure(responseEntity.asType()))) {
      return new StatusRules(
          "$result:L == null ? 200 : $result:L.getStatusCode().value()", failures, types);
    }
    return new StatusRules("200", failures, types);
  }

  /** The constant of {@code @ResponseStatus(HttpStatus.X)} on the method, if it has one. */
  private Optional<String> responseStatus(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (annotationTypeName(annotation).equals(RESPONSE_STATUS)) {
        for (var entry : annotation.getElementValues().entrySet()) {
          String name = entry.getKey().getSimpleName().toString();
          if ((name.equals("value") || name.equals("code"))
              && entry.getValue().getValue() instanceof VariableElement constant) {
            return Optional.of(constant.getSimpleName().toString());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The class's mapping, as {@code AnnotatedElementUtils.findMergedAnnotation(type, ...)} finds
   * it: on the class, else on its interfaces, then its superclass and theirs; none maps to "".
   */
  private Mapping classMapping(TypeElement type) {
    for (TypeElement candidate : classHierarchy(type)) {
      Optional<Mapping> mapping = mappingOf(candidate);
      if (mapping.isPresent()) {
        return mapping.get();
      }
    }
    return Mapping.ROOT;
  }

  /** The class, then its interfaces, then its superclass and its interfaces, and so on. */
  private List<TypeElement> classHierarchy(TypeElement type) {
    List<TypeElement> order = new ArrayList<>();
    for (TypeElement c = type; c != null && !TypeHierarchy.isObject(c); c = hierarchy.superclassOf(c)) {
      order.add(c);
      order.addAll(hierarchy.interfacesOf(List.of(c)));
    }
    return order;
  }

  /**
   * The mapping of {@code method}, as Spring finds it: on the method, else on the nearest method it
   * overrides that has one, superclasses before interfaces.
   */
  private Optional<Mapping> methodMapping(TypeElement owner, ExecutableElement method) {
    Optional<Mapping> own = mappingOf(method);
    if (own.isPresent()) {
      return own;
    }
    for (ExecutableElement overridden : overriddenMethods(owner, method)) {
      Optional<Mapping> inherited = mappingOf(overridden);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  /** The methods {@code method} overrides, as a member of {@code owner}, nearest first. */
  private List<ExecutableElement> overriddenMethods(TypeElement owner, ExecutableElement method) {
    List<ExecutableElement> overridden = new ArrayList<>();
    for (TypeElement supertype : hierarchy.supertypes(owner)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (!candidate.equals(method)
            && candidate.getSimpleName().equals(method.getSimpleName())
            && hierarchy.elements.overrides(method, candidate, owner)) {
          overridden.add(candidate);
        }
      }
    }
    return overridden;
  }

  /** The request mapping declared on {@code element}, directly or through a composed annotation. */
  private Optional<Mapping> mappingOf(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Optional<Mapping> mapping = resolve(annotation, new HashSet<>());
      if (mapping.isPresent()) {
        return mapping;
      }
    }
    return Optional.empty();
  }

  /**
   * What {@code annotation} maps: {@code @RequestMapping} itself, or an annotation meta-annotated
   * with it, whose attributes override its meta-annotation's where they say so with {@code
   * @AliasFor}.
   */
  private Optional<Mapping> resolve(AnnotationMirror annotation, Set<String> visiting) {
    return resolve(
        (TypeElement) annotation.getAnnotationType().asElement(),
        explicitValues(annotation),
        visiting);
  }

  private Optional<Mapping> resolve(
      TypeElement annotationType, Map<String, AnnotationValue> values, Set<String> visiting) {
    String name = annotationType.getQualifiedName().toString();
    if (name.equals(REQUEST_MAPPING)) {
      return Optional.of(Mapping.of(values));
    }
    if (!visiting.add(name) || name.startsWith("java.lang.annotation.")) {
      return Optional.empty();
    }
    for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
      TypeElement metaType = (TypeElement) meta.getAnnotationType().asElement();
      Map<String, AnnotationValue> metaValues = explicitValues(meta);
      metaValues.putAll(aliasedInto(annotationType, values, metaType));
      Optional<Mapping> mapping = resolve(metaType, metaValues, visiting);
      if (mapping.isPresent()) {
        return mapping;
      }
    }
    return Optional.empty();
  }

  /**
   * The values of {@code values} that {@code annotationType}'s attributes pass to {@code target}
   * with {@code @AliasFor(annotation = target, attribute = ...)}, by the target's attribute name.
   */
  private Map<String, AnnotationValue> aliasedInto(
      TypeElement annotationType, Map<String, AnnotationValue> values, TypeElement target) {
    Map<String, AnnotationValue> aliased = new HashMap<>();
    for (ExecutableElement attribute : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
      AnnotationValue value = values.get(attribute.getSimpleName().toString());
      if (value == null) {
        continue;
      }
      for (AnnotationMirror alias : attribute.getAnnotationMirrors()) {
        if (!annotationTypeName(alias).equals(ALIAS_FOR)) {
          continue;
        }
        Map<String, AnnotationValue> aliasValues = explicitValues(alias);
        AnnotationValue aliasedType = aliasValues.get("annotation");
        if (aliasedType == null
            || !(aliasedType.getValue() instanceof DeclaredType declared)
            || !declared.asElement().equals(target)) {
          continue;
        }
        String attributeName =
            aliasValues.containsKey("attribute")
                ? String.valueOf(aliasValues.get("attribute").getValue())
                : aliasValues.containsKey("value")
                    ? String.valueOf(aliasValues.get("value").getValue())
                    : attribute.getSimpleName().toString();
        aliased.put(attributeName, value);
      }
    }
    return aliased;
  }

  private static Map<String, AnnotationValue> explicitValues(AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = new HashMap<>();
    annotation
        .getElementValues()
        .forEach((attribute, value) -> values.put(attribute.getSimpleName().toString(), value));
    return values;
  }

  private boolean isMetaAnnotated(Element element, String annotationType, Set<String> visiting) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String name = annotationTypeName(annotation);
      if (name.equals(annotationType)) {
        return true;
      }
      if (visiting.add(name)
          && !name.startsWith("java.lang.annotation.")
          && isMetaAnnotated(annotation.getAnnotationType().asElement(), annotationType, visiting)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request mapping: its paths (several, or one empty path when it gives none) and its HTTP
   * methods (none: any).
   */
  private record Mapping(List<String> paths, Set<String> methods) {
    static final Mapping ROOT = new Mapping(List.of(""), Set.of());

    static Mapping of(Map<String, AnnotationValue> values) {
      List<String> paths = new ArrayList<>();
      for (String attribute : List.of("path", "value")) {
        AnnotationValue value = values.get(attribute);
        if (value != null) {
          for (Object element : asList(value)) {
            paths.add(String.valueOf(((AnnotationValue) element).getValue()));
          }
          break;
        }
      }
      Set<String> methods = new LinkedHashSet<>();
      AnnotationValue method = values.get("method");
      if (method != null) {
        for (Object element : asList(method)) {
          methods.add(((VariableElement) ((AnnotationValue) element).getValue()).getSimpleName().toString());
        }
      }
      return new Mapping(paths.isEmpty() ? List.of("") : List.copyOf(paths), methods);
    }

    /** This class mapping with a method's: every class path before every method path. */
    Mapping combine(Mapping method) {
      List<String> combined = new ArrayList<>();
      for (String classPath : paths) {
        for (String methodPath : method.paths) {
          combined.add(classPath + "/" + methodPath);
        }
      }
      Set<String> httpMethods = new LinkedHashSet<>(methods);
      httpMethods.addAll(method.methods);
      return new Mapping(combined, httpMethods);
    }

    private static List<?> asList(AnnotationValue value) {
      return value.getValue() instanceof List<?> list ? list : List.of(value);
    }
  }
}
