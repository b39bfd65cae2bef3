package dev.instrumentator.quarkus.internal;

import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.RouteTemplate;
import java.util.List;
import org.jboss.resteasy.reactive.common.model.ResourceClass;
import org.jboss.resteasy.reactive.server.model.HandlerChainCustomizer;
import org.jboss.resteasy.reactive.server.model.ServerResourceMethod;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Whether one endpoint is timed, as the build decided, and the handler that says so to each of
 * its requests: Quarkus REST asks for it once, when the application starts, and puts it into the
 * endpoint's chain after the request matched it (design.md, Q4). The route is fixed then, from the
 * paths Quarkus REST resolved (class and method {@code @Path}, inherited ones included), normalised
 * as the processor normalises a decorator's.
 *
 * <p>The build writes instances into the application's bytecode, property by property: hence the
 * public constructor and accessors, which nothing else calls.
 */
public final class EndpointTiming implements HandlerChainCustomizer {
  private boolean timed;

  public EndpointTiming() {}

  public EndpointTiming(boolean timed) {
    this.timed = timed;
  }

  @Override
  public List<ServerRestHandler> handlers(
      Phase phase, ResourceClass resourceClass, ServerResourceMethod resourceMethod) {
    String httpMethod = resourceMethod.getHttpMethod();
    if (phase != Phase.AFTER_MATCH || httpMethod == null) {
      // A sub-resource locator: the request goes on to a method of the sub-resource.
      return List.of();
    }
    if (!timed || resourceClass.getPath() == null) {
      // Not timed, or a sub-resource's method, whose template depends on the locator.
      return List.of(MatchedEndpoint.UNTIMED);
    }
    String declared = resourceClass.getPath() + "/" + pathOf(resourceMethod);
    return List.of(
        new MatchedEndpoint(
            Route.matched(
                httpMethod, RouteTemplate.normalize(declared), RouteTemplate.tidy(declared))));
  }

  private static String pathOf(ServerResourceMethod method) {
    return method.getPath() == null ? "" : method.getPath();
  }

  public boolean isTimed() {
    return timed;
  }

  public void setTimed(boolean timed) {
    this.timed = timed;
  }
}
