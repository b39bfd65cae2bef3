package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import java.util.Set;

/**
 * The two JAX-RS namespaces, read by name: the processor does not depend on JAX-RS, so it works
 * with whichever API the user compiles against.
 */
enum JaxRs {
  JAKARTA("jakarta.ws.rs"),
  JAVAX("javax.ws.rs");

  /**
   * The method annotations that make a method declare its own JAX-RS annotations, besides those
   * meta-annotated {@code @HttpMethod}: a method with any of these, or with one of {@link
   * #PARAMETER_ANNOTATIONS} on a parameter, inherits none from the method it overrides. The sets
   * are Jersey's ({@code org.glassfish.jersey.model.AnnotatedMethod}), narrower than "every JAX-RS
   * annotation": {@code @BeanParam} and {@code @Suspended} do not count.
   */
  private static final Set<String> METHOD_ANNOTATIONS = Set.of("Path", "Produces", "Consumes");

  private static final Set<String> PARAMETER_ANNOTATIONS =
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

  JaxRs(String packageName) {
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

  /** Whether a method annotation of this type keeps the method from inheriting JAX-RS annotations. */
  boolean isOwnMethodAnnotation(String annotationType) {
    return isOneOf(annotationType, METHOD_ANNOTATIONS);
  }

  /** Whether a parameter annotation of this type keeps the method from inheriting them. */
  boolean isOwnParameterAnnotation(String annotationType) {
    return isOneOf(annotationType, PARAMETER_ANNOTATIONS);
  }

  private boolean isOneOf(String annotationType, Set<String> simpleNames) {
    return annotationType.startsWith(packageName + ".")
        && simpleNames.contains(annotationType.substring(packageName.length() + 1));
  }
}
