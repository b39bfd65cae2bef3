package dev.instrumentator.quarkus.internal;

import static dev.instrumentator.runtime.RequestListener.UNKNOWN_SIZE;

import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * One request, from when Vert.x routed it to when its response ended: the one object
 * instrumentator makes per request. {@link RequestTiming} starts it; {@link MatchedLocator} tells
 * it the path it reached through sub-resource locators, if any, and {@link MatchedEndpoint} the
 * route of the endpoint Quarkus REST matched, if any; Vert.x calls it back when the response has
 * ended or the connection closed, and it records the request then, once, with the status sent.
 */
final class TimedRequest implements Handler<AsyncResult<Void>> {
  /** Where the request's {@link RoutingContext} keeps it. */
  static final String KEY = "dev.instrumentator.quarkus.TimedRequest";
  /** nginx's "client closed request": no status was sent, and none will be. */
  static final int CLIENT_CLOSED_REQUEST = 499;

  private static final int UNAUTHORIZED = 401;
  private static final int FORBIDDEN = 403;

  private final Recorder recorder;
  private final RefusedRequests refused;
  private final RoutingContext routing;
  private final long startNanos;
  /** Whether Quarkus REST matched an endpoint. */
  private boolean matched;
  /** The route of the endpoint Quarkus REST matched; null if it matched none, or an untimed one. */
  private Route route;
  /** The path reached through sub-resource locators; null if no locator matched. */
  private LocatedPath located;
  /** Whether the in-progress gauge counts this request, to be taken off when it ends. */
  private boolean inProgress;
  /** When the response's head was sent, if the metrics stop the clock then; else 0. */
  private long headNanos;

  TimedRequest(
      Recorder recorder, RefusedRequests refused, RoutingContext routing, long startNanos) {
    this.recorder = recorder;
    this.refused = refused;
    this.routing = routing;
    this.startNanos = startNanos;
  }

  /** Quarkus REST matched an endpoint: the request counts under {@code route}; null, not at all. */
  void matched(Route route) {
    this.matched = true;
    this.route = route;
    if (route != null && recorder.tracksInProgress()) {
      route.requestStarted(recorder, routing.request().method().name(), scheme());
      inProgress = true;
    }
  }

  /** Quarkus REST matched a sub-resource locator: the request has reached {@code path}. */
  void locatedAt(LocatedPath path) {
    this.located = path;
  }

  /** The path reached through sub-resource locators; null if no locator matched. */
  LocatedPath located() {
    return located;
  }

  /**
   * The response's status and headers are being sent: the end of the request's time when the
   * metrics leave a streamed body's writing out ({@code exclude-streaming-duration}). A body that
   * is not streamed is sent with its head, so its time is the same either way.
   */
  void headWritten(Void head) {
    headNanos = System.nanoTime();
  }

  /** The response has ended ({@code ended} succeeded) or the connection closed. */
  @Override
  public void handle(AsyncResult<Void> ended) {
    long elapsedNanos = (headNanos != 0 ? headNanos : System.nanoTime()) - startNanos;
    String method = routing.request().method().name();
    HttpServerResponse response = routing.response();
    int status =
        ended.succeeded() || response.headWritten()
            ? response.getStatusCode()
            : CLIENT_CLOSED_REQUEST;
    if (!matched && (status == UNAUTHORIZED || status == FORBIDDEN)) {
      MatchedEndpoint refusedOn = refusedEndpoint();
      if (refusedOn != null) {
        matched = true;
        route = refusedOn.routeOf(null);
      }
    }
    String scheme = scheme();
    if (matched && route == null) {
      return;
    }
    // What Vert.x read and wrote of the bodies, asked only when the metrics keep sizes or have
    // listeners to tell them to.
    boolean sized = recorder.measuresSizes();
    long requestBytes = sized ? routing.request().bytesRead() : UNKNOWN_SIZE;
    long responseBytes = sized ? responseBytes(response) : UNKNOWN_SIZE;
    if (!matched) {
      recorder.recordUntemplated(
          method, routing.normalizedPath(), status, elapsedNanos, requestBytes, responseBytes,
          scheme, null);
      return;
    }
    if (inProgress) {
      route.requestEnded(recorder, method, scheme);
    }
    route.recordRequest(
        recorder, method, status, elapsedNanos, requestBytes, responseBytes, scheme, null);
  }

  /**
   * The bytes of the response's body. Over HTTP/1.x, Vert.x counts them as the body is written,
   * before the response ends. Over HTTP/2 it counts a body written from a worker thread (a
   * blocking endpoint's) only once the event loop has sent it, after the end: the length the
   * response declares then, which Vert.x sets for a body written in one piece; unknown for a
   * body written in several, without one.
   */
  private long responseBytes(HttpServerResponse response) {
    if (routing.request().version() != HttpVersion.HTTP_2) {
      return response.bytesWritten();
    }
    String declared = response.headers().get(HttpHeaders.CONTENT_LENGTH);
    try {
      return declared != null ? Long.parseLong(declared) : UNKNOWN_SIZE;
    } catch (NumberFormatException e) {
      return UNKNOWN_SIZE;
    }
  }

  /** The endpoint HTTP security refused the request for, before Quarkus REST matched it. */
  private MatchedEndpoint refusedEndpoint() {
    try {
      return refused.endpointOf(routing);
    } catch (RuntimeException failure) {
      recorder.failures().report("the look-up of a refused request", failure);
      return null;
    }
  }

  private String scheme() {
    return routing.request().isSSL() ? OpenTelemetryMetrics.HTTPS : OpenTelemetryMetrics.HTTP;
  }
}
