package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.HttpMethods;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.RouteTemplate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route of each pattern Spring matched (MVC's or WebFlux's), for requests of each method:
 * normalised once for the {@code handler} label, as the processor normalises templates, and kept
 * as Spring wrote it for {@code http.route} (docs/design.md, fact S17). Both keys are bounded by
 * the application's mappings.
 */
final class MatchedRoutes {
  private final ConcurrentHashMap<String, MatchedPattern> byPattern = new ConcurrentHashMap<>();

  /** The route of {@code pattern} for requests of {@code method}: two lookups, no allocation. */
  Route route(String method, String pattern) {
    MatchedPattern matched = byPattern.get(pattern);
    if (matched == null) {
      matched = byPattern.computeIfAbsent(pattern, MatchedPattern::new);
    }
    return matched.route(HttpMethods.label(method));
  }

  /** One pattern, with its route for each method label it has answered. */
  private static final class MatchedPattern {
    private final String pattern;
    private final String template;
    private final ConcurrentHashMap<String, Route> byMethod = new ConcurrentHashMap<>();

    MatchedPattern(String pattern) {
      this.pattern = pattern;
      this.template = RouteTemplate.normalize(pattern);
    }

    Route route(String methodLabel) {
      Route route = byMethod.get(methodLabel);
      if (route == null) {
        route =
            byMethod.computeIfAbsent(methodLabel, label -> Route.matched(label, template, pattern));
      }
      return route;
    }
  }
}
