package dev.instrumentator.quarkus.internal;

import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Tells the request's {@link TimedRequest} that Quarkus REST matched a sub-resource locator, and
 * the path the request has reached: one handler per locator, in its chain after the match. The
 * endpoint of the sub-resource that Quarkus REST matches next adds its own path to it.
 */
final class MatchedLocator implements ServerRestHandler {
  /** The path reached when a root resource's locator matched; null for a sub-resource's. */
  private final LocatedPath fromRoot;
  /** The locator method's own path, added to the path reached through earlier locators. */
  private final String path;
  private final ByLocatedPath<LocatedPath> further = new ByLocatedPath<>(this::furtherThan);

  /**
   * @param classPath the class's {@code @Path}, as Quarkus REST resolved it; null for a class it
   *     serves only as a sub-resource
   * @param path the locator method's {@code @Path}
   */
  MatchedLocator(String classPath, String path) {
    this.fromRoot = classPath == null ? null : LocatedPath.root(classPath, path);
    this.path = path;
  }

  @Override
  public void handle(ResteasyReactiveRequestContext requestContext) {
    RoutingContext routing = requestContext.unwrap(RoutingContext.class);
    if (routing != null && routing.get(TimedRequest.KEY) instanceof TimedRequest timed) {
      LocatedPath earlier = timed.located();
      // A root resource's class path counts only when the request did not reach it through a
      // locator: a class served as a sub-resource has no path of its own.
      if (earlier != null) {
        timed.locatedAt(further.get(earlier));
      } else if (fromRoot != null) {
        timed.locatedAt(fromRoot);
      }
    }
  }

  private LocatedPath furtherThan(LocatedPath earlier) {
    return earlier.locatedFurther(path);
  }
}
