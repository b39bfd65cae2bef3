package dev.instrumentator.runtime;

import static java.util.Objects.requireNonNull;

import dev.instrumentator.runtime.spi.MetricsFailures;
import dev.instrumentator.runtime.spi.TimedRequest;

/**
 * One route of an instrumented controller: an HTTP method and the route template its code
 * declares. Generated decorators keep one per resource method in a static field and, per call,
 * call {@link #callFinished} once. Applications do not use it.
 *
 * <p>A route records into {@link HttpMetrics#getDefault()}. It resolves its data points on first
 * use and again only when the default changes, so a request costs two {@link System#nanoTime()}
 * calls and one observation: no allocation, lock, regular expression or map lookup.
 */
public final class Route {
  private final String method;
  private final String template;
  /**
   * The series under the metrics last recorded into. Read and written without synchronization:
   * the fields of a series are final, so a thread sees either a complete one or an older one.
   */
  private RouteSeries series;
  /** The same, for requests of another method that this route answers (HEAD for GET). */
  private RouteSeries otherMethodSeries;

  private Route(String method, String template) {
    this.method = requireNonNull(method, "method");
    this.template = requireNonNull(template, "template");
  }

  /**
   * @param method the HTTP method the route answers, as the {@code method} label shows it
   * @param template the route template, as the {@code handler} label shows it
   */
  public static Route of(String method, String template) {
    return new Route(method, template);
  }

  /**
   * Tells that a call of this route's method finished, answering {@code status}, for its decorator.
   * If a framework companion times the request ({@link TimedRequest}), the route is handed over
   * to it, and the companion records the request when its response is complete; otherwise the
   * call is recorded now, for the time the method took. Never throws: a failure to record is
   * logged once and otherwise ignored, so the request goes on unchanged.
   *
   * @param startNanos {@link System#nanoTime()} when the call began
   * @param status the HTTP status the call answers
   */
  public void callFinished(long startNanos, int status) {
    if (TimedRequest.handOver(this)) {
      return;
    }
    long elapsedNanos = System.nanoTime() - startNanos;
    HttpMetrics metrics = null;
    try {
      metrics = HttpMetrics.getDefault();
      seriesFor(metrics).observe(status, elapsedNanos);
    } catch (RuntimeException | LinkageError failure) {
      failuresOf(metrics).report(this.toString(), failure);
    }
  }

  /**
   * Records one request of this route as a framework companion timed it, under the request's own
   * method: a {@code HEAD} request that a {@code GET} route answered counts as {@code HEAD}. For
   * companions. Never throws.
   *
   * @param requestMethod the method of the request
   * @param startNanos {@link System#nanoTime()} when the request arrived
   * @param status the HTTP status the client received
   */
  public void recordRequest(String requestMethod, long startNanos, int status) {
    long elapsedNanos = System.nanoTime() - startNanos;
    HttpMetrics metrics = null;
    try {
      metrics = HttpMetrics.getDefault();
      RouteSeries target =
          method.equals(requestMethod)
              ? seriesFor(metrics)
              : otherMethodSeriesFor(metrics, HttpMethods.label(requestMethod));
      target.observe(status, elapsedNanos);
    } catch (RuntimeException | LinkageError failure) {
      failuresOf(metrics).report(this.toString(), failure);
    }
  }

  /** The default metrics could not even be created when {@code metrics} is null. */
  private static MetricsFailures failuresOf(HttpMetrics metrics) {
    return metrics != null ? metrics.failures() : MetricsFailures.UNCONFIGURED;
  }

  private RouteSeries seriesFor(HttpMetrics metrics) {
    RouteSeries current = series;
    if (current == null || current.metrics != metrics) {
      current = metrics.seriesFor(method, template);
      series = current;
    }
    return current;
  }

  private RouteSeries otherMethodSeriesFor(HttpMetrics metrics, String methodLabel) {
    RouteSeries current = otherMethodSeries;
    if (current == null || current.metrics != metrics || !current.method.equals(methodLabel)) {
      current = metrics.seriesFor(methodLabel, template);
      otherMethodSeries = current;
    }
    return current;
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
