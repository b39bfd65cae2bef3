package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;

/**
 * The two JAX-RS namespaces, read by name: the processor does not depend on JAX-RS, so it works
 * with whichever API the user compiles against.
 */
enum JaxRs {
  JAKARTA("jakarta.ws.rs"),
  JAVAX("javax.ws.rs");

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

  /** Whether an annotation type belongs to this API (annotations such as {@code @Context} too). */
  boolean owns(String annotationType) {
    return annotationType.startsWith(packageName + ".");
  }
}
