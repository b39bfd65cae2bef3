package dev.instrumentator.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.AbstractHandlerMethodMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Asks WebFlux which handler method a request maps to, for a request that never reached the
 * {@code DispatcherHandler}: one that Spring Security refused (401, 403), so that it counts under
 * the template it was refused on. The WebFlux counterpart of {@link HandlerLookup}.
 *
 * <p>Every mapping of handler methods answers, in the {@code DispatcherHandler}'s order: a refused
 * request for one of actuator's endpoints maps to its handler method, which no decorator times,
 * and is left out as it would have been had it been served, instead of counting as untemplated.
 */
final class ReactiveHandlerLookup {
  private final OrderedBeans<AbstractHandlerMethodMapping<?>> mappings;

  ReactiveHandlerLookup(ObjectProvider<AbstractHandlerMethodMapping<?>> mappings) {
    this.mappings = new OrderedBeans<>(mappings);
  }

  /**
   * The handler method {@code exchange} maps to, with its pattern left in the exchange's
   * attributes as WebFlux leaves it; null if none does, or if a mapping refuses the request (a
   * 405, 406 or 415). The public {@code getHandlerInternal} (fact W3) answers at once, on this
   * thread: the mappings' registry is in memory.
   */
  HandlerMethod handlerOf(ServerWebExchange exchange) {
    HandlerMethod[] found = new HandlerMethod[1];
    for (AbstractHandlerMethodMapping<?> mapping : mappings.list()) {
      mapping.getHandlerInternal(exchange).subscribe(method -> found[0] = method, refused -> {});
      if (found[0] != null) {
        return found[0];
      }
    }
    return null;
  }
}
