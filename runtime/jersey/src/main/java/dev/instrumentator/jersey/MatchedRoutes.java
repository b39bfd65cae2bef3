package dev.instrumentator.jersey;

import dev.instrumentator.runtime.Route;
import dev.instrumentator.runtime.spi.RouteTemplate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Routes for the requests whose decorator did not hand one over, or handed over only part of it:
 * those that a filter answered before their resource method ran (a 401 or 403, say) and those that
 * reached a sub-resource through a locator, whose decorator knows its own path but not the
 * locator's. Their template is the one Jersey matched, normalised like the processor's.
 *
 * <p>This is the one place that looks at a {@code java.lang.reflect.Method}: the one Jersey names
 * as the resource method, to tell whether the decorator declares it (the method is timed) or
 * inherits it from the original ({@code @DoNotTrack}). It does so once per resource method; and it
 * looks a route up by its template, which requests handled by a decorator of a root resource never
 * need.
 */
final class MatchedRoutes {
  private final ConcurrentHashMap<ResourceMethod, Boolean> timed = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Route> routes = new ConcurrentHashMap<>();
  /**
   * Routes by resource method, for methods reached with no locator: their template is the one
   * the resource model gives them, so it is joined and normalised once, not per request.
   */
  private final ConcurrentHashMap<ResourceMethod, Route> withoutLocators = new ConcurrentHashMap<>();

  /**
   * The route of {@code method} under the templates Jersey matched, or null if no decorator times
   * it.
   *
   * @param decoratorRan whether a decorator handled the request, which settles that it is timed
   */
  Route routeOf(ResourceMethod method, ExtendedUriInfo uri, boolean decoratorRan) {
    if (!decoratorRan && !timed.computeIfAbsent(method, MatchedRoutes::isTimed)) {
      return null;
    }
    if (uri.getMatchedResourceLocators().isEmpty()) {
      Route known = withoutLocators.get(method);
      if (known != null) {
        return known;
      }
      Route route = routeOf(method.getHttpMethod(), uri);
      withoutLocators.put(method, route);
      return route;
    }
    return routeOf(method.getHttpMethod(), uri);
  }

  private Route routeOf(String httpMethod, ExtendedUriInfo uri) {
    String template = template(uri.getMatchedTemplates());
    return routes.computeIfAbsent(
        httpMethod + " " + template, key -> Route.of(httpMethod, template));
  }

  /** Timed: its handler is a decorator, which overrides it rather than inherits it. */
  private static boolean isTimed(ResourceMethod method) {
    Invocable invocable = method.getInvocable();
    Class<?> handler = invocable.getHandler().getHandlerClass();
    return Decorators.isDecorator(handler)
        && invocable.getHandlingMethod().getDeclaringClass() == handler;
  }

  /** Jersey lists the matched templates innermost first. */
  private static String template(List<UriTemplate> matched) {
    StringBuilder joined = new StringBuilder();
    for (int i = matched.size() - 1; i >= 0; i--) {
      joined.append('/').append(matched.get(i).getTemplate());
    }
    return RouteTemplate.normalize(joined.toString());
  }
}
