package dev.instrumentator.runtime.internal;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;

/**
 * For the runtime's tests: records into {@link HttpMetrics} as a framework companion does, through
 * its {@link Recorder}, with no size known.
 */
public final class Companion {
  private Companion() {}

  /** Records a request of {@code route} that arrived at {@code startNanos} and ends now. */
  public static void recordRequest(
      HttpMetrics metrics, Route route, String requestMethod, long startNanos, int status) {
    route.recordRequest(
        Recorder.of(metrics),
        requestMethod,
        status,
        System.nanoTime() - startNanos,
        RequestListener.UNKNOWN_SIZE,
        RequestListener.UNKNOWN_SIZE,
        OpenTelemetryMetrics.HTTP,
        null);
  }

  /** The same, into {@link HttpMetrics#getDefault()}. */
  public static void recordRequest(Route route, String requestMethod, long startNanos, int status) {
    recordRequest(HttpMetrics.getDefault(), route, requestMethod, startNanos, status);
  }

  /** The same, for a request that matched no route. */
  public static void recordUntemplated(
      HttpMetrics metrics, String method, String path, int status, long startNanos) {
    Recorder.of(metrics)
        .recordUntemplated(
            method,
            path,
            status,
            System.nanoTime() - startNanos,
            RequestListener.UNKNOWN_SIZE,
            RequestListener.UNKNOWN_SIZE,
            OpenTelemetryMetrics.HTTP,
            null);
  }

  /** Whether every listener of {@code metrics} has heard every request recorded so far. */
  public static boolean allHeard(HttpMetrics metrics) {
    Listeners listeners = Recorder.of(metrics).listeners();
    return listeners == null || listeners.allHeard();
  }
}
