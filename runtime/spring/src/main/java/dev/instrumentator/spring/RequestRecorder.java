package dev.instrumentator.spring;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.MetricsFailures;
import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.TimedRequest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UrlPathHelper;

/**
 * Records each request the filter timed, once, into one application context's metrics, under the
 * route of the handler method Spring MVC dispatched it to: the pattern Spring matched, with any
 * prefix it adds ({@code addPathPrefix}), normalised as the processor normalises templates. Which
 * decorator ran on the thread decides nothing: a {@code @DoNotTrack} method, a filter or an
 * interceptor may call a timed one.
 *
 * <ul>
 *   <li>A handler method that a decorator times: its pattern, for every outcome, a refusal by
 *       Spring Security (401, 403) included, whose handler method is looked up.
 *   <li>A handler method that no decorator times ({@code @DoNotTrack}, controllers that are not
 *       {@code @Instrumented}, actuator): not recorded.
 *   <li>No handler method (a routing 404 or 405, static resources, another servlet): untemplated
 *       (docs/design.md, fact S7), unless a companion of that servlet's framework claimed the
 *       request.
 * </ul>
 */
final class RequestRecorder {
  /** The request attribute holding the route a request is counted in progress on. */
  private static final String IN_PROGRESS = RequestRecorder.class.getName() + ".inProgress";
  /** What {@link #routeOf} answers for a request that matched no handler method. */
  private static final Route UNTEMPLATED = Route.of(Route.ANY_METHOD, HttpMetrics.UNTEMPLATED_HANDLER);

  private final Recorder recorder;
  private final HandlerLookup lookup;
  private final MetricsFailures failures = new MetricsFailures();
  /** Whether each handler method returns a streamed body, once decided. */
  private final ConcurrentHashMap<Method, Boolean> streams = new ConcurrentHashMap<>();
  private final MatchedRoutes matchedRoutes = new MatchedRoutes();

  RequestRecorder(HttpMetrics metrics, HandlerLookup lookup) {
    this.recorder = Recorder.of(metrics);
    this.lookup = lookup;
  }

  /**
   * Counts a request in progress on its handler method, if a decorator times it and the metrics
   * keep the gauge; once, though Spring MVC calls its interceptors again when an asynchronous
   * result is dispatched, and never for an error dispatch, which belongs to a request whose end
   * was already counted. Never throws.
   */
  void handlerStarting(HttpServletRequest http, Object handler) {
    try {
      if (!recorder.tracksInProgress()
          || http.getDispatcherType() == DispatcherType.ERROR
          || http.getAttribute(IN_PROGRESS) != null) {
        return;
      }
      String pattern = (String) http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      if (!(handler instanceof HandlerMethod handlerMethod)
          || pattern == null
          || !Decorators.times(handlerMethod)) {
        return;
      }
      Route route = matchedRoutes.route(http.getMethod(), pattern);
      route.requestStarted(recorder, http.getMethod(), schemeOf(http));
      http.setAttribute(IN_PROGRESS, route);
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by instrumentator's filter", failure);
    }
  }

  boolean tracksInProgress() {
    return recorder.tracksInProgress();
  }

  boolean measuresSizes() {
    return recorder.measuresSizes();
  }

  /**
   * Whether the clock of this asynchronous request stops as its first dispatch ends, which is
   * when its handler returned: when streaming durations are excluded and its handler method
   * returns a streamed body. Never throws.
   */
  boolean stopsClockAtReturn(HttpServletRequest http) {
    if (!recorder.excludesStreamingDuration()) {
      return false;
    }
    try {
      return http.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
              instanceof HandlerMethod handler
          && streams.computeIfAbsent(handler.getMethod(), RequestRecorder::returnsStreamedBody);
    } catch (RuntimeException | Error failure) {
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
  void requestEnded(Route route, String method, String scheme) {
    if (route != null) {
      route.requestEnded(recorder, method, scheme);
    }
  }

  /**
   * {@code url.scheme}: https or http, as the server saw the request (behind a proxy, as Spring
   * Boot's {@code server.forward-headers-strategy} lets the container see it).
   */
  static String schemeOf(HttpServletRequest http) {
    return http.isSecure() ? OpenTelemetryMetrics.HTTPS : OpenTelemetryMetrics.HTTP;
  }

  /**
   * What the handler threw, for the {@code error.type} of a request that ended in error: what
   * escaped the chain, else what Spring MVC's exception resolvers handled (docs/design.md, fact
   * S16). Read only for a 5xx: a request attribute is a map lookup. Never throws.
   */
  static Throwable errorOf(HttpServletRequest http, int status, Throwable escaped) {
    if (status < 500) {
      return null;
    }
    if (escaped != null) {
      // Spring MVC wraps what a handler threw in a ServletException ("Request processing failed").
      Throwable thrown = escaped;
      while (thrown instanceof ServletException wrapper && wrapper.getCause() != null) {
        thrown = wrapper.getCause();
      }
      return thrown;
    }
    try {
      return http.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof Throwable handled
          ? handled
          : null;
    } catch (RuntimeException e) {
      // A request the container has recycled: no exception known.
      return null;
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
      long responseBytes,
      Throwable escaped) {
    try {
      Route route = request.isClaimed() ? null : routeOf(http);
      if (route == null) {
        return;
      }
      String method = http.getMethod();
      long elapsedNanos = endNanos - request.startNanos();
      String scheme = schemeOf(http);
      Throwable error = errorOf(http, status, escaped);
      if (route == UNTEMPLATED) {
        recorder.recordUntemplated(
            method, pathOf(http), status, elapsedNanos, requestBytes, responseBytes, scheme, error);
      } else {
        route.recordRequest(
            recorder, method, status, elapsedNanos, requestBytes, responseBytes, scheme, error);
      }
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by instrumentator's filter", failure);
    }
  }

  /**
   * What an asynchronous request counts under, read while its first dispatch ends, when Spring's
   * attributes still describe it: it ends later, when they may describe an error dispatch
   * (docs/design.md, fact S8). Null if it is not recorded. Never throws.
   */
  Settled settle(TimedRequest request, HttpServletRequest http) {
    try {
      Route route = request.isClaimed() ? null : routeOf(http);
      if (route == null) {
        return null;
      }
      return new Settled(
          route == UNTEMPLATED ? null : route,
          route == UNTEMPLATED ? pathOf(http) : null,
          http.getMethod(),
          schemeOf(http),
          request.startNanos());
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by instrumentator's filter", failure);
      return null;
    }
  }

  /**
   * The route of the handler method Spring MVC dispatched the request to, or, for a request that
   * never reached the {@code DispatcherServlet} (refused by Spring Security), would have; {@link
   * #UNTEMPLATED} if it maps to no handler method; null if no decorator times that method.
   */
  private Route routeOf(HttpServletRequest http) {
    Object handler = http.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
    if (handler == null) {
      handler = lookup.handlerOf(http);
    }
    String pattern = (String) http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (!(handler instanceof HandlerMethod handlerMethod) || pattern == null) {
      return UNTEMPLATED;
    }
    return Decorators.times(handlerMethod) ? matchedRoutes.route(http.getMethod(), pattern) : null;
  }

  private static String pathOf(HttpServletRequest http) {
    return UrlPathHelper.defaultInstance.getPathWithinApplication(http);
  }

  /**
   * Records a settled request that has ended with {@code status}, {@code error} having been
   * thrown by its handler, if it is not null. Never throws.
   */
  void record(
      Settled settled,
      int status,
      long endNanos,
      long requestBytes,
      long responseBytes,
      Throwable error) {
    if (settled == null) {
      return;
    }
    try {
      long elapsedNanos = endNanos - settled.startNanos();
      if (settled.route() != null) {
        settled
            .route()
            .recordRequest(
                recorder,
                settled.method(),
                status,
                elapsedNanos,
                requestBytes,
                responseBytes,
                settled.scheme(),
                error);
      } else {
        recorder.recordUntemplated(
            settled.method(),
            settled.path(),
            status,
            elapsedNanos,
            requestBytes,
            responseBytes,
            settled.scheme(),
            error);
      }
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by instrumentator's filter", failure);
    }
  }

  /**
   * A request whose labels are settled: under {@code route}, or, if it is null, untemplated at
   * {@code path}.
   */
  record Settled(Route route, String path, String method, String scheme, long startNanos) {}
}
