package dev.instrumentator.spring;

import static dev.instrumentator.runtime.RequestListener.UNKNOWN_SIZE;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.MetricsFailures;
import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.method.AbstractHandlerMethodMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.SignalType;

/**
 * Records each request {@link ReactiveRequestTiming} timed, once, into one application context's
 * metrics, under the route of the handler method WebFlux dispatched it to, as {@link
 * RequestRecorder} does for Spring MVC: a handler method a decorator times counts under its
 * pattern (a refusal by Spring Security included, whose handler method is looked up), one no
 * decorator times is not recorded, and a request that matched no handler method counts as
 * untemplated.
 *
 * <p>A request whose client left before its response was sent (WebFlux cancels it) counts {@value
 * #CLIENT_CLOSED_REQUEST}, the status nginx gives such a request, timed until the server learned
 * of it; one whose client left mid-body counts the status that was sent.
 */
final class ExchangeRecorder {
  /** nginx's "client closed request": no status was sent, and none will be. */
  static final int CLIENT_CLOSED_REQUEST = 499;

  private static final int INTERNAL_SERVER_ERROR = 500;
  private static final int OK = 200;
  private static final Route UNTEMPLATED =
      Route.of(Route.ANY_METHOD, HttpMetrics.UNTEMPLATED_HANDLER);

  private final Recorder recorder;
  private final ReactiveHandlerLookup lookup;
  private final MetricsFailures failures = new MetricsFailures();
  private final MatchedRoutes matchedRoutes = new MatchedRoutes();
  /** Whether each handler method returns a streamed body, once decided. */
  private final ConcurrentHashMap<Method, Boolean> streams = new ConcurrentHashMap<>();

  ExchangeRecorder(
      HttpMetrics metrics, ObjectProvider<AbstractHandlerMethodMapping<?>> mappings) {
    this.recorder = Recorder.of(metrics);
    this.lookup = new ReactiveHandlerLookup(mappings);
  }

  boolean measuresSizes() {
    return recorder.measuresSizes();
  }

  boolean excludesStreamingDuration() {
    return recorder.excludesStreamingDuration();
  }

  /**
   * The exchange of a request has been made: keep it, and, when the metrics keep the in-progress
   * gauge, count the request in progress on the handler method it maps to, which is looked up
   * now (only then), ahead of Spring Security and of WebFlux's own look-up. Never throws.
   */
  void arrived(TimedExchange timed, ServerWebExchange exchange) {
    timed.exchange = exchange;
    if (!recorder.tracksInProgress()) {
      return;
    }
    try {
      Route route = routeOf(exchange);
      if (route != null && route != UNTEMPLATED) {
        ServerHttpRequest request = exchange.getRequest();
        route.requestStarted(recorder, request.getMethod().name(), schemeOf(request));
        timed.inProgress = route;
      }
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by instrumentator's web filter", failure);
    }
  }

  /**
   * Records a request whose handling ended with {@code signal}, unless it has been recorded.
   * Never throws.
   */
  void record(TimedExchange timed, SignalType signal) {
    if (!timed.toRecord()) {
      return;
    }
    long endNanos = System.nanoTime();
    ServerHttpResponse response = timed.response;
    ServerHttpRequest request = timed.request;
    String method = request.getMethod().name();
    String scheme = schemeOf(request);
    // The route the request is counted in progress on, found as it arrived, is the one it was
    // dispatched to: the same look-up, not made twice.
    Route inProgress = timed.inProgress;
    try {
      ServerWebExchange exchange = timed.exchange;
      int status = statusSent(response, signal, exchange);
      Route route =
          inProgress != null ? inProgress : exchange != null ? routeOf(exchange) : UNTEMPLATED;
      if (route == null) {
        return;
      }
      if (timed.committedNanos != 0 && streams(exchange)) {
        endNanos = timed.committedNanos;
      }
      long elapsedNanos = endNanos - timed.startNanos;
      long requestBytes =
          timed.countingRequest != null ? timed.countingRequest.bodyBytes() : UNKNOWN_SIZE;
      long responseBytes =
          timed.countingResponse != null ? timed.countingResponse.bodyBytes() : UNKNOWN_SIZE;
      Throwable error = status >= INTERNAL_SERVER_ERROR ? errorOf(timed, exchange) : null;
      if (route == UNTEMPLATED) {
        recorder.recordUntemplated(
            method,
            request.getPath().pathWithinApplication().value(),
            status,
            elapsedNanos,
            requestBytes,
            responseBytes,
            scheme,
            error);
      } else {
        route.recordRequest(
            recorder, method, status, elapsedNanos, requestBytes, responseBytes, scheme, error);
      }
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by instrumentator's web filter", failure);
    } finally {
      if (inProgress != null) {
        inProgress.requestEnded(recorder, method, scheme);
      }
    }
  }

  /**
   * The status the client received: the response's; {@value #CLIENT_CLOSED_REQUEST} when the
   * client left before one was sent, whether WebFlux learned of it by a cancellation or by a
   * failed write (which it answers 500, to a client that is gone).
   */
  static int statusSent(
      ServerHttpResponse response, SignalType signal, ServerWebExchange exchange) {
    if (signal == SignalType.CANCEL && !response.isCommitted()) {
      return CLIENT_CLOSED_REQUEST;
    }
    HttpStatusCode status = response.getStatusCode();
    int value = status != null ? status.value() : OK;
    if (value == INTERNAL_SERVER_ERROR && exchange != null && connectionAborted(exchange)) {
      return CLIENT_CLOSED_REQUEST;
    }
    return value;
  }

  private static boolean connectionAborted(ServerWebExchange exchange) {
    return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
        .map(ServerRequestObservationContext::isConnectionAborted)
        .orElse(false);
  }

  /**
   * What the handler threw, for the {@code error.type} of a request that ended in error: what
   * escaped every handler, else what a web exception handler answered.
   */
  private static Throwable errorOf(TimedExchange timed, ServerWebExchange exchange) {
    Throwable escaped = timed.escaped;
    if (escaped != null || exchange == null) {
      return escaped;
    }
    return exchange.getAttribute(ExceptionHandlingWebHandler.HANDLED_WEB_EXCEPTION)
            instanceof Throwable handled
        ? handled
        : null;
  }

  /**
   * {@code url.scheme}: https or http, as the server saw the request (behind a proxy, as Spring
   * Boot's {@code server.forward-headers-strategy} lets it see it).
   */
  private static String schemeOf(ServerHttpRequest request) {
    return "https".equals(request.getURI().getScheme())
        ? OpenTelemetryMetrics.HTTPS
        : OpenTelemetryMetrics.HTTP;
  }

  /**
   * The route of the handler method WebFlux dispatched the request to, or, for a request that
   * never reached the {@code DispatcherHandler} (refused by Spring Security), would have; {@link
   * #UNTEMPLATED} if it maps to no handler method; null if no decorator times that method.
   */
  private Route routeOf(ServerWebExchange exchange) {
    Object handler = exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
    if (handler == null) {
      handler = lookup.handlerOf(exchange);
    }
    Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (!(handler instanceof HandlerMethod handlerMethod)
        || !(pattern instanceof PathPattern pathPattern)) {
      return UNTEMPLATED;
    }
    return Decorators.times(handlerMethod)
        ? matchedRoutes.route(exchange.getRequest().getMethod().name(), pathPattern.getPatternString())
        : null;
  }

  /** Whether the handler method of {@code exchange} returns a streamed body. */
  private boolean streams(ServerWebExchange exchange) {
    return exchange != null
        && exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && streams.computeIfAbsent(handler.getMethod(), ExchangeRecorder::returnsStreamedBody);
  }

  /**
   * A handler method whose body is written a piece at a time, for as long as it takes: one
   * returning a publisher of several values ({@code Flux}, server-sent events), in a {@code
   * ResponseEntity} or not.
   */
  static boolean returnsStreamedBody(Method method) {
    ResolvableType returned = ResolvableType.forMethodReturnType(method);
    if (HttpEntity.class.isAssignableFrom(returned.toClass())) {
      returned = returned.getGeneric(0);
    }
    ReactiveAdapter adapter =
        ReactiveAdapterRegistry.getSharedInstance().getAdapter(returned.toClass());
    return adapter != null && adapter.isMultiValue();
  }
}
