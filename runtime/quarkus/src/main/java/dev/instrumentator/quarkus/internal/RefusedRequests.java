package dev.instrumentator.quarkus.internal;

import dev.instrumentator.runtime.internal.Recorder;
import io.quarkus.runtime.RuntimeValue;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.common.util.PathHelper;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Asks Quarkus REST which endpoint a request maps to, for a request that never reached it: one
 * that HTTP security refused first (a bad password with proactive authentication, a path
 * permission), so that it counts under the template it was refused on (design.md, Q6). It matches
 * as Quarkus REST does, by class path, then by method among that class's endpoints, and takes the
 * endpoint's {@link MatchedEndpoint} from its chain. Requests that reached an endpoint never need
 * it. At start-up, it walks every endpoint so, to create their series before their requests.
 */
final class RefusedRequests {
  private final RuntimeValue<Deployment> deployment;
  /** The class mappers, made on first use: the deployment is complete then. */
  private volatile RequestMapper<RestInitialHandler.InitialMatch> classes;

  RefusedRequests(RuntimeValue<Deployment> deployment) {
    this.deployment = deployment;
  }

  /** The endpoint {@code routing}'s request maps to; null if none does. */
  MatchedEndpoint endpointOf(RoutingContext routing) {
    Deployment rest = deployment.getValue();
    String path = PathHelper.getPathWithoutPrefix(routing.normalizedPath(), rest.getPrefix());
    RequestMapper<RestInitialHandler.InitialMatch> mapper = classes(rest);
    for (RequestMapper.RequestMatch<RestInitialHandler.InitialMatch> match = mapper.map(path);
        match != null;
        match = mapper.continueMatching(path, match)) {
      MatchedEndpoint endpoint = endpointOf(routing.request().method().name(), match);
      if (endpoint != null) {
        return endpoint;
      }
    }
    return null;
  }

  private RequestMapper<RestInitialHandler.InitialMatch> classes(Deployment rest) {
    RequestMapper<RestInitialHandler.InitialMatch> found = classes;
    if (found == null) {
      found = new RequestMapper<>(rest.getClassMappers());
      classes = found;
    }
    return found;
  }

  /** The endpoint among one class's that answers {@code method} at the rest of the path. */
  private static MatchedEndpoint endpointOf(
      String method, RequestMapper.RequestMatch<RestInitialHandler.InitialMatch> match) {
    ServerRestHandler[] handlers = match.value.handlers;
    if (handlers == null
        || handlers.length == 0
        || !(handlers[0] instanceof ClassRoutingHandler classRouting)) {
      return null;
    }
    String remaining = match.remaining.isEmpty() ? "/" : match.remaining;
    Map<String, RequestMapper<RuntimeResource>> byMethod = classRouting.getMappers();
    // As Quarkus REST answers HEAD and OPTIONS with a GET endpoint where there is no other.
    for (String candidate : candidates(method)) {
      RequestMapper<RuntimeResource> endpoints = byMethod.get(candidate);
      RequestMapper.RequestMatch<RuntimeResource> target =
          endpoints == null ? null : endpoints.map(remaining);
      if (target != null) {
        for (ServerRestHandler handler : target.value.getHandlerChain()) {
          if (handler instanceof MatchedEndpoint endpoint) {
            return endpoint;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Creates the series of every timed endpoint of a resource, when the metrics create series at
   * start-up ({@code create-series-at-startup}): Quarkus REST has built every endpoint's chain by
   * then, each with its {@link MatchedEndpoint}.
   *
   * @return how many series exist now
   */
  int createSeries(Recorder recorder) {
    int created = 0;
    for (RequestMapper.RequestPath<RestInitialHandler.InitialMatch> resource :
        deployment.getValue().getClassMappers()) {
      ServerRestHandler[] handlers = resource.value.handlers;
      if (handlers == null
          || handlers.length == 0
          || !(handlers[0] instanceof ClassRoutingHandler classRouting)) {
        continue;
      }
      for (RequestMapper<RuntimeResource> endpoints : classRouting.getMappers().values()) {
        for (RequestMapper.RequestPath<RuntimeResource> endpoint : endpoints.getTemplates()) {
          for (ServerRestHandler handler : endpoint.value.getHandlerChain()) {
            if (handler instanceof MatchedEndpoint matched && matched.createSeries(recorder)) {
              created++;
            }
          }
        }
      }
    }
    return created;
  }

  private static List<String> candidates(String method) {
    return method.equals("HEAD") || method.equals("OPTIONS")
        ? List.of(method, "GET")
        : List.of(method);
  }
}
