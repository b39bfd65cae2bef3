package dev.instrumentator.jersey;

import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.RouteTemplate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The route of each request that matched a resource method: the templates Jersey matched, the
 * locators' included, normalised like the processor's for the {@code handler} label and as
 * declared for OpenTelemetry's {@code http.route}, for a resource method a decorator times.
 * Which decorator ran on the request's thread decides nothing: a {@code @DoNotTrack} method may
 * call a timed one.
 *
 * <p>This is the one place that looks at a {@code java.lang.reflect.Method}: the one Jersey names
 * as the resource method, to tell whether the decorator declares it (the method is timed) or
 * inherits it from the original ({@code @DoNotTrack}). Routes are kept by resource method for
 * root resources, whose resource methods Jersey builds once, and by template for sub-resources,
 * whose resource methods a locator may build anew per request: both bounded by the code.
 */
final class MatchedRoutes {
  private final ConcurrentHashMap<String, Route> byTemplate = new ConcurrentHashMap<>();
  /** Routes of root resources' methods: joined and normalised once, not per request. */
  private final ConcurrentHashMap<ResourceMethod, Route> ofRootResources = new ConcurrentHashMap<>();

  /** The route of {@code method} under the templates Jersey matched, or null if it is not timed. */
  Route routeOf(ResourceMethod method, ExtendedUriInfo uri) {
    if (!isTimed(method)) {
      return null;
    }
    if (uri.getMatchedResourceLocators().isEmpty()) {
      Route known = ofRootResources.get(method);
      if (known != null) {
        return known;
      }
      Route route = routeOf(method.getHttpMethod(), uri);
      ofRootResources.put(method, route);
      return route;
    }
    return routeOf(method.getHttpMethod(), uri);
  }

  private Route routeOf(String httpMethod, ExtendedUriInfo uri) {
    String declared = declared(uri.getMatchedTemplates());
    return byTemplate.computeIfAbsent(
        httpMethod + " " + declared,
        key -> Route.matched(httpMethod, RouteTemplate.normalize(declared), declared));
  }

  /**
   * Timed: its handler is a decorator, which overrides it rather than inherits it. Decided anew
   * per request, with no lookup: whether a class is a decorator is a value of the class.
   */
  private static boolean isTimed(ResourceMethod method) {
    Invocable invocable = method.getInvocable();
    Class<?> handler = invocable.getHandler().getHandlerClass();
    return Decorators.isDecorator(handler)
        && invocable.getHandlingMethod().getDeclaringClass() == handler;
  }

  /** How many routes are kept, for tests: bounded by the code, whatever the requests. */
  int routesKept() {
    return byTemplate.size() + ofRootResources.size();
  }

  /**
   * The templates Jersey matched, joined as declared, regular expressions kept (OpenTelemetry's
   * {@code http.route}); Jersey lists them innermost first.
   */
  private static String declared(List<UriTemplate> matched) {
    StringBuilder joined = new StringBuilder();
    for (int i = matched.size() - 1; i >= 0; i--) {
      joined.append('/').append(matched.get(i).getTemplate());
    }
    return RouteTemplate.tidy(joined.toString());
  }
}
