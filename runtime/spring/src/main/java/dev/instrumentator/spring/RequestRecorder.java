package dev.instrumentator.spring;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.Route;
import dev.instrumentator.runtime.spi.BodySizes;
import dev.instrumentator.runtime.spi.HttpMethods;
import dev.instrumentator.runtime.spi.MetricsFailures;
import dev.instrumentator.runtime.spi.RouteTemplate;
import dev.instrumentator.runtime.spi.TimedRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UrlPathHelper;

/**
 * Records each request the filter timed, once, into one application context's metrics.
 *
 * <p>A request that a decorator handled with a route of one method and one template (nearly
 * all) is recorded under that route with no lookup. The others are settled by what Spring MVC
 * matched: a route of several paths, of any method or with a {@code ${placeholder}} counts under
 * the pattern Spring matched, normalised as the processor normalises templates; a request that
 * Spring Security refused counts under the pattern of the handler method it was refused on, if a
 * decorator times that method; one that matched no handler method (a routing 404 or 405, or
 * another servlet) counts as untemplated (DESIGN.md, fact S7). Handler methods that no decorator
 * times ({@code @DoNotTrack}, controllers that are not {@code @Instrumented}, actuator) are not
 * recorded.
 */
final class RequestRecorder {
  /** The request attribute holding the route a request is counted in progress on. */
  private static final String IN_PROGRESS = RequestRecorder.class.getName() + ".inProgress";

  private final HttpMetrics metrics;
  private final HandlerLookup lookup;
  private final MetricsFailures failures = new MetricsFailures();
  /** Whether a decorator times each handler method, once decided. */
  private final ConcurrentHashMap<Method, Boolean> timed = new ConcurrentHashMap<>();
  /** Whether each handler method returns a streamed body, once decided. */
  private final ConcurrentHashMap<Method, Boolean> streams = new ConcurrentHashMap<>();
  /** Routes by method label and matched pattern, both bounded. */
  private final ConcurrentHashMap<String, Route> matchedRoutes = new ConcurrentHashMap<>();

  RequestRecorder(HttpMetrics metrics, HandlerLookup lookup) {
    this.metrics = metrics;
    this.lookup = lookup;
  }

  HttpMetrics metrics() {
    return metrics;
  }

  /**
   * Counts a request in progress on its handler method, if a decorator times it and the metrics
   * keep the gauge; once, though Spring MVC calls its interceptors again when an asynchronous
   * result is dispatched. Never throws.
   */
  void handlerStarting(HttpServletRequest http, Object handler) {
    try {
      if (!metrics.tracksInProgress() || http.getAttribute(IN_PROGRESS) != null) {
        return;
      }
      String pattern = (String) http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      if (!(handler instanceof HandlerMethod handlerMethod)
          || pattern == null
          || !isTimed(handlerMethod)) {
        return;
      }
      Route route = matchedRoute(http.getMethod(), pattern);
      route.requestStarted(metrics, http.getMethod());
      http.setAttribute(IN_PROGRESS, route);
    } catch (RuntimeException | LinkageError failure) {
      failures.report("a request seen by instrumentator's filter", failure);
    }
  }

  boolean tracksInProgress() {
    return metrics.tracksInProgress();
  }

  boolean measuresSizes() {
    return metrics.measuresSizes();
  }

  /** The request body's size from its headers. Never throws. */
  long requestBytes(HttpServletRequest http) {
    try {
      return BodySizes.requestBytes(http.getContentLengthLong(), http.getHeader("Transfer-Encoding"));
    } catch (RuntimeException failure) {
      failures.report("a request seen by instrumentator's filter", failure);
      return RequestListener.UNKNOWN_SIZE;
    }
  }

  /**
   * Whether the clock of this asynchronous request stops as its first dispatch ends, which is
   * when its handler returned: when streaming durations are excluded and its handler method
   * returns a streamed body. Never throws.
   */
  boolean stopsClockAtReturn(HttpServletRequest http) {
    if (!metrics.excludesStreamingDuration()) {
      return false;
    }
    try {
      return http.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
              instanceof HandlerMethod handler
          && streams.computeIfAbsent(handler.getMethod(), RequestRecorder::returnsStreamedBody);
    } catch (RuntimeException | LinkageError failure) {
      failures.report("a request seen by instrumentator's filter", failure);
      return false;
    }
  }

  /** A handler method whose body Spring MVC writes after it returned, for as long as it takes. */
  private static boolean returnsStreamedBody(Method method) {
    ResolvableType returned = ResolvableType.forMethodReturnType(method);
    if (ResponseEntity.class.isAssignableFrom(returned.toClass())) {
      returned = returned.getGeneric(0);
    }
    Class<?> body = returned.toClass();
    return StreamingResponseBody.class.isAssignableFrom(body)
        || ResponseBodyEmitter.class.isAssignableFrom(body);
  }

  /** The route a request was counted in progress on, if it was, for {@link #requestEnded}. */
  static Route inProgress(HttpServletRequest http) {
    return http.getAttribute(IN_PROGRESS) instanceof Route route ? route : null;
  }

  /** Ends what {@link #handlerStarting} counted; nothing if {@code route} is null. */
  void requestEnded(Route route, String method) {
    if (route != null) {
      route.requestEnded(metrics, method);
    }
  }

  /**
   * Records a request that has ended with {@code status}, before the filter returns. Never
   * throws.
   */
  void record(
      TimedRequest request,
      HttpServletRequest http,
      int status,
      long endNanos,
      long requestBytes,
      long responseBytes) {
    try {
      Route handled = request.route();
      if (handled != null && handled.isFixed()) {
        handled.recordRequest(
            metrics,
            http.getMethod(),
            status,
            endNanos - request.startNanos(),
            requestBytes,
            responseBytes);
        return;
      }
      record(settle(request, http), status, endNanos, requestBytes, responseBytes);
    } catch (RuntimeException | LinkageError failure) {
      failures.report("a request seen by instrumentator's filter", failure);
    }
  }

  /**
   * What a request counts under, read while its first dispatch ends, when Spring's attributes
   * still describe it: an asynchronous request ends later, when they may describe an error
   * dispatch (DESIGN.md, fact S8). Null if it is not recorded. Never throws.
   */
  Settled settle(TimedRequest request, HttpServletRequest http) {
    try {
      String method = http.getMethod();
      Route handled = request.route();
      if (handled != null && handled.isFixed()) {
        return new Settled(handled, null, method, request.startNanos());
      }
      Object handler = http.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
      if (handler == null) {
        handler = lookup.handlerOf(http);
      }
      String pattern = (String) http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      if (!(handler instanceof HandlerMethod handlerMethod) || pattern == null) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(http);
        return new Settled(null, path, method, request.startNanos());
      }
      if (handled == null && !isTimed(handlerMethod)) {
        return null;
      }
      return new Settled(matchedRoute(method, pattern), null, method, request.startNanos());
    } catch (RuntimeException | LinkageError failure) {
      failures.report("a request seen by instrumentator's filter", failure);
      return null;
    }
  }

  /** Records a settled request that has ended with {@code status}. Never throws. */
  void record(
      Settled settled, int status, long endNanos, long requestBytes, long responseBytes) {
    if (settled == null) {
      return;
    }
    try {
      long elapsedNanos = endNanos - settled.startNanos();
      if (settled.route() != null) {
        settled
            .route()
            .recordRequest(
                metrics, settled.method(), status, elapsedNanos, requestBytes, responseBytes);
      } else {
        metrics.recordUntemplated(
            settled.method(), settled.path(), status, elapsedNanos, requestBytes, responseBytes);
      }
    } catch (RuntimeException | LinkageError failure) {
      failures.report("a request seen by instrumentator's filter", failure);
    }
  }

  /**
   * Whether a decorator times {@code handler}, decided once per method: a lookup, with no lambda
   * made per request.
   */
  private boolean isTimed(HandlerMethod handler) {
    Boolean known = timed.get(handler.getMethod());
    if (known == null) {
      known = Decorators.times(handler);
      timed.put(handler.getMethod(), known);
    }
    return known;
  }

  private Route matchedRoute(String method, String pattern) {
    String label = HttpMethods.label(method);
    return matchedRoutes.computeIfAbsent(
        label + " " + pattern, key -> Route.of(label, RouteTemplate.normalize(pattern)));
  }

  /**
   * A request whose labels are settled: under {@code route}, or, if it is null, untemplated at
   * {@code path}.
   */
  record Settled(Route route, String path, String method, long startNanos) {}
}
