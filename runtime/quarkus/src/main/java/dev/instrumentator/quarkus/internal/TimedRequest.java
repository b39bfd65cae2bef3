package dev.instrumentator.quarkus.internal;

import static dev.instrumentator.runtime.RequestListener.UNKNOWN_SIZE;

import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * One request, from when Vert.x routed it to when its response ended: the one object
 * instrumentator makes per request. {@link RequestTiming} starts it; {@link MatchedEndpoint} tells
 * it which endpoint Quarkus REST matched, if any; Vert.x calls it back when the response has ended
 * or the connection closed, and it records the request then, once, with the status sent.
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
  /** The endpoint Quarkus REST matched; null until it matched one. */
  private MatchedEndpoint endpoint;
  /** Whether the in-progress gauge counts this request, to be taken off when it ends. */
  private boolean inProgress;

  TimedRequest(
      Recorder recorder, RefusedRequests refused, RoutingContext routing, long startNanos) {
    this.recorder = recorder;
    this.refused = refused;
    this.routing = routing;
    this.startNanos = startNanos;
  }

  /** Quarkus REST matched {@code matched}: the request counts under its route, if it has one. */
  void matched(MatchedEndpoint matched) {
    this.endpoint = matched;
    Route route = matched.route();
    if (route != null && recorder.tracksInProgress()) {
      route.requestStarted(recorder, routing.request().method().name(), scheme());
      inProgress = true;
    }
  }

  /** The response has ended ({@code ended} succeeded) or the connection closed. */
  @Override
  public void handle(AsyncResult<Void> ended) {
    long elapsedNanos = System.nanoTime() - startNanos;
    String method = routing.request().method().name();
    HttpServerResponse response = routing.response();
    int status =
        ended.succeeded() || response.headWritten()
            ? response.getStatusCode()
            : CLIENT_CLOSED_REQUEST;
    if (endpoint == null && (status == UNAUTHORIZED || status == FORBIDDEN)) {
      endpoint = refusedEndpoint();
    }
    if (endpoint == null) {
      recorder.recordUntemplated(
          method, routing.normalizedPath(), status, elapsedNanos, UNKNOWN_SIZE, UNKNOWN_SIZE,
          scheme(), null);
      return;
    }
    Route route = endpoint.route();
    if (route == null) {
      return;
    }
    if (inProgress) {
      route.requestEnded(recorder, method, scheme());
    }
    route.recordRequest(
        recorder, method, status, elapsedNanos, UNKNOWN_SIZE, UNKNOWN_SIZE, scheme(), null);
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
