package dev.instrumentator.quarkus.internal;

import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.RouteTemplate;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Tells the request's {@link TimedRequest} which endpoint Quarkus REST matched, and so the route
 * it counts under: one handler per endpoint, in its chain after the match. It runs before the
 * endpoint's security checks, so a request refused there still counts under its template.
 *
 * <p>The route of a resource's endpoint is fixed when the application starts: class and method
 * paths, as Quarkus REST resolved them, normalised as the processor normalises a decorator's. A
 * request that reached the endpoint through sub-resource locators counts under the locators'
 * paths and the method's instead, as Jersey's companion counts it: kept for each path, made once.
 */
final class MatchedEndpoint implements ServerRestHandler {
  /** The handler of an endpoint no {@code @Instrumented} class times: its requests are left out. */
  static final MatchedEndpoint UNTIMED = new MatchedEndpoint();

  /** Null for {@link #UNTIMED}. */
  private final String httpMethod;
  /** The method's own {@code @Path}; "" for none. */
  private final String path;
  /** The route of a request that reached no locator first; null for a sub-resource's endpoint. */
  private final Route route;
  /** {@link #route}'s template; null with it. */
  private final String template;
  /** Null for {@link #UNTIMED}. */
  private final ByLocatedPath<Route> located;

  private MatchedEndpoint() {
    this.httpMethod = null;
    this.path = null;
    this.route = null;
    this.template = null;
    this.located = null;
  }

  /**
   * A timed endpoint.
   *
   * @param classPath the class's {@code @Path}, as Quarkus REST resolved it; null for a class it
   *     serves only as a sub-resource
   * @param path the method's {@code @Path}; "" for none
   */
  MatchedEndpoint(String httpMethod, String classPath, String path) {
    this.httpMethod = httpMethod;
    this.path = path;
    this.template = classPath == null ? null : RouteTemplate.normalize(classPath + "/" + path);
    this.route = classPath == null ? null : route(classPath + "/" + path);
    this.located = new ByLocatedPath<>(this::routeUnder);
  }

  @Override
  public void handle(ResteasyReactiveRequestContext requestContext) {
    RoutingContext routing = requestContext.unwrap(RoutingContext.class);
    if (routing != null && routing.get(TimedRequest.KEY) instanceof TimedRequest timed) {
      timed.matched(routeOf(timed.located()));
    }
  }

  /**
   * The route of a request that reached this endpoint through {@code locatedPath} (null: through
   * no locator); null if this endpoint is not timed.
   */
  Route routeOf(LocatedPath locatedPath) {
    return locatedPath == null || located == null ? route : located.get(locatedPath);
  }

  /**
   * Creates this endpoint's series before its first request, if the metrics create series at
   * start-up: a resource's endpoint, whose route is known then, not a sub-resource's.
   *
   * @return whether the series exists now
   */
  boolean createSeries(Recorder recorder) {
    return template != null && recorder.createSeries(httpMethod, template);
  }

  private Route routeUnder(LocatedPath locatedPath) {
    return route(locatedPath.then(path));
  }

  private Route route(String declared) {
    return Route.matched(
        httpMethod, RouteTemplate.normalize(declared), RouteTemplate.tidy(declared));
  }
}
