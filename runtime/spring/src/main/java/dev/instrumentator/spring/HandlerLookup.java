package dev.instrumentator.spring;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Asks Spring MVC which handler method a request maps to, for a request that never reached the
 * {@code DispatcherServlet}: one that Spring Security refused (401, 403), so that it counts under
 * the template it was refused on. Requests that reached a handler never need it.
 *
 * <p>Every mapping of handler methods answers, in the {@code DispatcherServlet}'s order, not only
 * the controllers': a refused request for one of actuator's endpoints maps to its handler method,
 * which no decorator times, and is left out as it would have been had it been served, instead of
 * counting as untemplated.
 */
final class HandlerLookup {
  private final OrderedBeans<AbstractHandlerMethodMapping<?>> mappings;

  HandlerLookup(ObjectProvider<AbstractHandlerMethodMapping<?>> mappings) {
    this.mappings = new OrderedBeans<>(mappings);
  }

  /**
   * The handler method {@code request} maps to, with its matched pattern left in the request's
   * {@link HandlerMapping#BEST_MATCHING_PATTERN_ATTRIBUTE}; null if none does, or if a mapping
   * refuses the request (a 405, 406 or 415).
   */
  HandlerMethod handlerOf(HttpServletRequest request) {
    // Spring MVC's mappings read the path the DispatcherServlet parses; parse it as it does.
    boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
    if (!parsed) {
      ServletRequestPathUtils.parseAndCache(request);
    }
    try {
      for (AbstractHandlerMethodMapping<?> mapping : mappings.list()) {
        HandlerExecutionChain chain = mapping.getHandler(request);
        if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
          return method;
        }
      }
      return null;
    } catch (Exception refused) {
      return null;
    } finally {
      if (!parsed) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }
}
