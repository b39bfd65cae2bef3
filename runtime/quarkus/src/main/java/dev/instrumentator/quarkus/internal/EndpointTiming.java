package dev.instrumentator.quarkus.internal;

import java.util.List;
import org.jboss.resteasy.reactive.common.model.ResourceClass;
import org.jboss.resteasy.reactive.server.model.HandlerChainCustomizer;
import org.jboss.resteasy.reactive.server.model.ServerResourceMethod;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Whether one endpoint is timed, as the build decided, and the handler that says so to each of
 * its requests: Quarkus REST asks for it once, when the application starts, and puts it into the
 * endpoint's chain after the request matched it (design.md, Q4). A sub-resource locator gets a
 * handler too, whatever its class, which tells the request the path it has reached, for the
 * sub-resource's endpoint that Quarkus REST matches next.
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
    if (phase != Phase.AFTER_MATCH) {
      return List.of();
    }
    String path = resourceMethod.getPath() == null ? "" : resourceMethod.getPath();
    String httpMethod = resourceMethod.getHttpMethod();
    if (httpMethod == null) {
      // A locator: the request goes on to an endpoint of the sub-resource it returns.
      return List.of(new MatchedLocator(resourceClass.getPath(), path));
    }
    if (!timed) {
      return List.of(MatchedEndpoint.UNTIMED);
    }
    return List.of(new MatchedEndpoint(httpMethod, resourceClass.getPath(), path));
  }

  public boolean isTimed() {
    return timed;
  }

  public void setTimed(boolean timed) {
    this.timed = timed;
  }
}
