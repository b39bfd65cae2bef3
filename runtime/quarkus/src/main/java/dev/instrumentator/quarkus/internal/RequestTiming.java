package dev.instrumentator.quarkus.internal;

import dev.instrumentator.runtime.internal.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The first of Vert.x's filters on every request, ahead of CORS and authentication: starts a
 * {@link TimedRequest}, so that a request that security refuses before Quarkus REST sees it, or
 * that matches no endpoint, is counted too. Requests for Quarkus's own endpoints (under the
 * non-application root, {@code /q/}) are left out, as the framework's endpoints are everywhere
 * (design.md, Q5).
 */
final class RequestTiming implements Handler<RoutingContext> {
  private final Recorder recorder;
  private final RefusedRequests refused;
  /** The non-application root path, {@code /q/}; null when it is the application's root. */
  private final String frameworkPaths;

  RequestTiming(Recorder recorder, RefusedRequests refused, String frameworkPaths) {
    this.recorder = recorder;
    this.refused = refused;
    this.frameworkPaths = frameworkPaths;
  }

  @Override
  public void handle(RoutingContext routing) {
    long startNanos = System.nanoTime();
    if (frameworkPaths == null || !routing.normalizedPath().startsWith(frameworkPaths)) {
      try {
        TimedRequest timed = new TimedRequest(recorder, refused, routing, startNanos);
        routing.put(TimedRequest.KEY, timed);
        routing.addEndHandler(timed);
        if (recorder.excludesStreamingDuration()) {
          routing.addHeadersEndHandler(timed::headWritten);
        }
      } catch (RuntimeException failure) {
        // The request goes on untimed, never failed by its metrics.
        recorder.failures().report("the start of a request", failure);
      }
    }
    routing.next();
  }
}
