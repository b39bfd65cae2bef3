package dev.instrumentator.quarkus.internal;

import dev.instrumentator.runtime.internal.RouteTemplate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The path a request has reached through sub-resource locators: the root locator's class and
 * method paths, then each further locator's method path, joined as declared. A sub-resource's
 * endpoint (or a further locator) adds its own path to it; its routes are kept by the located
 * path's {@link #id}, a small number, so that a request finds its route with no look-up.
 */
final class LocatedPath {
  private static final AtomicInteger IDS = new AtomicInteger();

  private final int id = IDS.getAndIncrement();
  private final String declared;

  private LocatedPath(String declared) {
    this.declared = declared;
  }

  /** The path of a locator of a root resource: its class path, then its own. */
  static LocatedPath root(String classPath, String locatorPath) {
    return new LocatedPath(join(classPath, locatorPath));
  }

  /** This path, then {@code path}: a further locator's, or an endpoint's. */
  String then(String path) {
    return join(declared, path);
  }

  /** This path, then a further locator's {@code path}. */
  LocatedPath locatedFurther(String path) {
    return new LocatedPath(then(path));
  }

  /** Unique among the located paths of this class loader: an index, never reused. */
  int id() {
    return id;
  }

  /** The two paths as one, slashes tidied, regular expressions kept. */
  static String join(String first, String second) {
    return RouteTemplate.tidy(first + "/" + second);
  }
}
