package dev.instrumentator.quarkus.internal;

import dev.instrumentator.runtime.internal.Route;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Tells the request's {@link TimedRequest} which endpoint Quarkus REST matched: one handler per
 * endpoint, in its chain after the match, holding the endpoint's route. It runs before the
 * endpoint's security checks, so a request refused there still counts under its template.
 */
final class MatchedEndpoint implements ServerRestHandler {
  /** The handler of an endpoint no {@code @Instrumented} class times: its requests are left out. */
  static final MatchedEndpoint UNTIMED = new MatchedEndpoint(null);

  /** Null for {@link #UNTIMED}. */
  private final Route route;

  MatchedEndpoint(Route route) {
    this.route = route;
  }

  @Override
  public void handle(ResteasyReactiveRequestContext requestContext) {
    RoutingContext routing = requestContext.unwrap(RoutingContext.class);
    if (routing != null && routing.get(TimedRequest.KEY) instanceof TimedRequest timed) {
      timed.matched(this);
    }
  }

  /** The endpoint's route; null if it is not timed. */
  Route route() {
    return route;
  }
}
