package dev.instrumentator.processor;

import static dev.instrumentator.processor.TypeHierarchy.annotationTypeName;
import static dev.instrumentator.processor.TypeHierarchy.isAnnotated;
import static dev.instrumentator.processor.TypeHierarchy.isObject;
import static dev.instrumentator.processor.TypeHierarchy.stringValue;

import com.palantir.javapoet.ClassName;
import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.processor.Endpoint.RouteSpec;
import dev.instrumentator.processor.StatusRules.Failure;
import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.runtime.internal.RouteTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * JAX-RS, as Jersey reads it, in both namespaces ({@code jakarta.ws.rs} and {@code javax.ws.rs}).
 *
 * <p>Routes are found as Jersey's {@code AnnotatedMethod} finds them (JAX-RS 3.6): a method with
 * no JAX-RS annotation of its own takes those of the first method it overrides that has some,
 * searched from the class that declares it, superclasses before interfaces. An override repeats
 * the original method's annotations exactly, on the method and its parameters, so that Jersey and
 * its extensions see on the decorator what they see on the original, wherever the route is
 * declared; the class annotations are repeated too, but those inherited anyway. Status: a {@code
 * Response}'s own, 204 for {@code void} or {@code null}, 200 for another value, a {@code
 * WebApplicationException}'s response's, 500 for anything else thrown.
 */
final class JaxRsPlatform implements Platform {
  private static final Wording WORDING =
      new Wording(
          "JAX-RS",
          "resource method",
          "@GET, @POST or another HTTP method",
          "annotate its methods with @GET, @POST or another HTTP method",
          "public",
          "The Jersey companion serves it in place of {@code %1$s}; without the companion, register\n"
              + "it with JAX-RS instead of {@code %1$s}.");

  private final TypeHierarchy hierarchy;

  JaxRsPlatform(TypeHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  @Override
  public Wording wording() {
    return WORDING;
  }

  @Override
  public boolean recognizes(TypeElement type) {
    if (!classPath(type).isEmpty()) {
      return true;
    }
    for (ExecutableElement method : hierarchy.implementations(type)) {
      ExecutableElement source = annotationSource(type, method);
      if (httpMethodOf(source).isPresent() || pathOf(source).isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Endpoint> endpoints(TypeElement type) {
    List<Endpoint> endpoints = new ArrayList<>();
    String classPath = classPath(type);
    for (ExecutableElement method : hierarchy.implementations(type)) {
      endpoint(type, classPath, method).ifPresent(endpoints::add);
    }
    return endpoints;
  }

  @Override
  public boolean isEndpoint(TypeElement owner, ExecutableElement method) {
    return httpMethodOf(annotationSource(owner, method)).isPresent();
  }

  /** Jersey calls public resource methods only, and warns about the others at start-up. */
  @Override
  public boolean calls(Set<Modifier> modifiers) {
    return modifiers.contains(Modifier.PUBLIC);
  }

  @Override
  public Optional<String> unreachable(TypeElement type) {
    if (!classPath(type).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "has no @Path, on itself or a supertype, so JAX-RS serves it only as a sub-resource,"
            + " through a locator that returns its decorator (new "
            + DecoratorName.simpleNameOf(hierarchy.elements.getBinaryName(type).toString())
            + "(...)): add @Path to serve it at a path of its own; for a sub-resource, add"
            + " @SuppressWarnings(\"" + Message.UNREACHABLE.code() + "\") to the class");
  }

  @Override
  public Map<String, String> companionTypes() {
    return Map.of(
        DecoratorWriter.ROUTE.canonicalName(),
        "dev.instrumentator:instrumentator-jersey (or, with another JAX-RS implementation,"
            + " dev.instrumentator:instrumentator-runtime)");
  }

  @Override
  public List<AnnotationMirror> classAnnotations(TypeElement type) {
    return TypeHierarchy.classAnnotationsToRepeat(type);
  }

  private Optional<Endpoint> endpoint(
      TypeElement owner, String classPath, ExecutableElement method) {
    ExecutableElement source = annotationSource(owner, method);
    Optional<HttpMethod> httpMethod = httpMethodOf(source);
    if (httpMethod.isEmpty()) {
      return Optional.empty(); // not a resource method; perhaps a sub-resource locator
    }
    ExecutableType signature = hierarchy.signature(owner, method);
    String template = RouteTemplate.join(classPath, pathOf(source).orElse(""));
    boolean tracked =
        !isAnnotated(method, DoNotTrack.class.getCanonicalName())
            && !isAnnotated(source, DoNotTrack.class.getCanonicalName());
    return Optional.of(
        hierarchy.repeatingEndpoint(
            method,
            signature,
            List.of(new RouteSpec(httpMethod.get().name(), template)),
            statusRules(signature.getReturnType(), httpMethod.get().namespace()),
            tracked));
  }

  private StatusRules statusRules(TypeMirror returnType, Namespace namespace) {
    List<Failure> failures =
        List.of(
            new Failure(
                namespace.webApplicationException(), "$failure:L.getResponse().getStatus()"),
            new Failure(ClassName.get(Throwable.class), "500"));
    if (returnType.getKind() == TypeKind.VOID) {
      return new StatusRules("204", failures);
    }
    if (returnType.getKind().isPrimitive()) {
      return new StatusRules("200", failures);
    }
    TypeElement response = hierarchy.elements.getTypeElement(namespace.response());
    if (response != null
        && hierarchy.types.isAssignable(
            hierarchy.types.erasure(returnType), hierarchy.types.erasure(response.asType()))) {
      return new StatusRules("$result:L == null ? 204 : $result:L.getStatus()", failures);
    }
    return new StatusRules("$result:L == null ? 204 : 200", failures);
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
    TypeElement superclass = hierarchy.superclassOf(type);
    if (superclass != null && !isObject(superclass)) {
      ExecutableElement found = search(superclass, owner, method);
      if (found != null) {
        return found;
      }
    }
    for (TypeMirror implemented : type.getInterfaces()) {
      ExecutableElement found =
          search((TypeElement) hierarchy.types.asElement(implemented), owner, method);
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
   * What {@code Class.getMethod} finds in {@code type}, a supertype of the class declaring {@code
   * method}, for {@code method}: the public method {@code method} overrides that {@code type}
   * declares or inherits, looked for along its superclasses first, then in its interfaces.
   */
  private ExecutableElement publicCounterpart(
      TypeElement type, TypeElement owner, ExecutableElement method) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement c = type; c != null && !isObject(c); c = hierarchy.superclassOf(c)) {
      classes.add(c);
    }
    for (List<TypeElement> searched : List.of(classes, hierarchy.interfacesOf(classes))) {
      for (TypeElement declaring : searched) {
        for (ExecutableElement candidate :
            ElementFilter.methodsIn(declaring.getEnclosedElements())) {
          boolean visible =
              declaring.getKind().isInterface()
                  || candidate.getModifiers().contains(Modifier.PUBLIC);
          if (visible
              && candidate.getSimpleName().equals(method.getSimpleName())
              && hierarchy.elements.overrides(method, candidate, owner)) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  /**
   * The path of the class Jersey takes a resource's {@code @Path} from: the nearest class up the
   * superclasses that has one, else the first interface found on the way that has one; empty if
   * none has (a sub-resource, reached through a locator).
   */
  private String classPath(TypeElement type) {
    Optional<String> fromInterface = Optional.empty();
    for (TypeElement c = type; c != null; c = hierarchy.superclassOf(c)) {
      Optional<String> path = pathOf(c);
      if (path.isPresent()) {
        return path.get();
      }
      for (TypeMirror implemented : c.getInterfaces()) {
        if (fromInterface.isEmpty()) {
          fromInterface = pathOf(hierarchy.types.asElement(implemented));
        }
      }
    }
    return fromInterface.orElse("");
  }

  /**
   * Whether {@code method} declares JAX-RS annotations of its own, in Jersey's sense: an HTTP
   * method, {@code @Path}, {@code @Produces} or {@code @Consumes} on it, or a parameter annotation
   * such as {@code @PathParam} on one of its parameters.
   */
  private boolean hasOwnJaxRsAnnotations(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = annotationTypeName(annotation);
      if (httpMethodOf(annotation).isPresent()
          || Namespace.anyOwns(name, Namespace.METHOD_ANNOTATIONS)) {
        return true;
      }
    }
    for (VariableElement parameter : method.getParameters()) {
      for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
        if (Namespace.anyOwns(annotationTypeName(annotation), Namespace.PARAMETER_ANNOTATIONS)) {
          return true;
        }
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
  private static Optional<HttpMethod> httpMethodOf(AnnotationMirror annotation) {
    Element annotationType = annotation.getAnnotationType().asElement();
    for (Namespace namespace : Namespace.values()) {
      Optional<String> name = stringValue(annotationType, namespace.httpMethod());
      if (name.isPresent()) {
        return Optional.of(new HttpMethod(name.get(), namespace));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> pathOf(Element element) {
    for (Namespace namespace : Namespace.values()) {
      Optional<String> path = stringValue(element, namespace.path());
      if (path.isPresent()) {
        return path;
      }
    }
    return Optional.empty();
  }

  private record HttpMethod(String name, Namespace namespace) {}

  /**
   * The two JAX-RS namespaces, read by name: the processor does not depend on JAX-RS, so it works
   * with whichever API the user compiles against.
   */
  private enum Namespace {
    JAKARTA("jakarta.ws.rs"),
    JAVAX("javax.ws.rs");

    /**
     * The method annotations that make a method declare JAX-RS annotations of its own, besides
     * those meta-annotated {@code @HttpMethod}: a method with any of these, or with one of {@link
     * #PARAMETER_ANNOTATIONS} on a parameter, inherits none from the method it overrides. The sets
     * are Jersey's ({@code org.glassfish.jersey.model.AnnotatedMethod}), narrower than "every
     * JAX-RS annotation": {@code @BeanParam} and {@code @Suspended} do not count.
     */
    static final Set<String> METHOD_ANNOTATIONS = Set.of("Path", "Produces", "Consumes");

    static final Set<String> PARAMETER_ANNOTATIONS =
        Set.of(
            "core.Context",
            "Encoded",
            "DefaultValue",
            "MatrixParam",
            "QueryParam",
            "CookieParam",
            "HeaderParam",
            "PathParam",
            "FormParam");

    private final String packageName;

    Namespace(String packageName) {
      this.packageName = packageName;
    }

    String path() {
      return packageName + ".Path";
    }

    String httpMethod() {
      return packageName + ".HttpMethod";
    }

    String response() {
      return packageName + ".core.Response";
    }

    ClassName webApplicationException() {
      return ClassName.get(packageName, "WebApplicationException");
    }

    /** Whether {@code annotationType} is one of {@code simpleNames} in either namespace. */
    static boolean anyOwns(String annotationType, Set<String> simpleNames) {
      for (Namespace namespace : values()) {
        String prefix = namespace.packageName + ".";
        if (annotationType.startsWith(prefix)
            && simpleNames.contains(annotationType.substring(prefix.length()))) {
          return true;
        }
      }
      return false;
    }
  }
}
