package dev.instrumentator.runtime.internal;

import static java.util.Objects.requireNonNull;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import java.util.Objects;

/**
 * One route of an instrumented controller: an HTTP method and the route template its code
 * declares. Generated decorators keep one per resource method in a static field and, per call,
 * call {@link #callFinished} once. Applications do not use it.
 *
 * <p>A framework may map one method to several templates, or to one only it knows (Spring: a path
 * with a {@code ${placeholder}}), or to any HTTP method: then the route is not {@linkplain
 * #isFixed() fixed}, and the companion that times the request names the route it matched. A
 * decorator that records a call itself, with no companion, records it under its first template
 * (or {@code none}) and, for any method, {@code _OTHER}.
 *
 * <p>A route records into {@link HttpMetrics#getDefault()}. It resolves its data points on first
 * use and again only when the default changes, so a request costs two {@link System#nanoTime()}
 * calls and one observation: no allocation, lock, regular expression or map lookup.
 */
public final class Route {
  /** The method of a route that answers any: requests count under their own. */
  public static final String ANY_METHOD = "*";

  private final String method;
  /** Null when the framework decides per request: see {@link #templates}. */
  private final String template;
  /** The templates the code declares, for a route that has several; empty if only at run time. */
  private final String[] templates;
  /**
   * The template as the framework declares it, regular expressions kept, for OpenTelemetry's
   * {@code http.route}; null when it is the template itself.
   */
  private final String frameworkTemplate;
  /**
   * The series under the metrics last recorded into. Read and written without synchronization:
   * the fields of a series are final, so a thread sees either a complete one or an older one.
   */
  private RouteSeries series;
  /** The same, for requests of another method that this route answers (HEAD for GET). */
  private RouteSeries otherMethodSeries;

  private Route(String method, String template, String[] templates, String frameworkTemplate) {
    this.method = requireNonNull(method, "method");
    this.template = template;
    this.templates = templates;
    this.frameworkTemplate = frameworkTemplate;
  }

  /**
   * @param method the HTTP method the route answers, as the {@code method} label shows it, or
   *     {@link #ANY_METHOD}
   * @param template the route template, as the {@code handler} label shows it
   */
  public static Route of(String method, String template) {
    return new Route(method, requireNonNull(template, "template"), new String[] {template}, null);
  }

  /**
   * A route a companion names from what the framework matched: {@code template} normalised as the
   * {@code handler} label shows it, {@code frameworkTemplate} as the framework declares it, path
   * parameters' regular expressions kept, as OpenTelemetry's {@code http.route} records it (and
   * the OpenTelemetry Java agent, and Spring's own OpenTelemetry convention).
   */
  public static Route matched(String method, String template, String frameworkTemplate) {
    return new Route(
        method,
        requireNonNull(template, "template"),
        new String[] {template},
        requireNonNull(frameworkTemplate, "frameworkTemplate"));
  }

  /**
   * A route the framework maps to any of {@code templates}, or, with none, to a template only it
   * knows; the companion names the one a request matched.
   */
  public static Route of(String method, String... templates) {
    for (String declared : templates) {
      requireNonNull(declared, "template");
    }
    return new Route(method, null, templates.clone(), null);
  }

  /**
   * Whether every request of this route counts under the route's one method and template (or
   * under its own method, for a {@code HEAD} that a {@code GET} route answered): then a companion
   * records it with {@link #recordRequest}. Otherwise the route answers any method, or several
   * templates, or one only the framework knows, and the companion records the request under the
   * method and template it matched.
   */
  public boolean isFixed() {
    return template != null && !method.equals(ANY_METHOD);
  }

  /**
   * When a decorator's call begins: {@link System#nanoTime()}, or 0 when recording is off in this
   * process ({@link HttpMetrics#isEnabled()}), so that then a call costs no clock reading.
   */
  public static long startTime() {
    return Recorder.ENABLED ? System.nanoTime() : 0L;
  }

  /**
   * Tells that a call of this route's method finished, answering {@code status}, for its decorator.
   * With a framework companion in the process ({@link TimedRequest#companionStarted()}), it
   * records nothing: the companion records each request when its response is complete, under the
   * route the framework dispatched it to, and a call that no request made is no request. Without
   * one, the call is recorded now, for the time the method took. Never throws: a failure to record
   * is logged and otherwise ignored, so the request goes on unchanged.
   *
   * @param startNanos {@link System#nanoTime()} when the call began
   * @param status the HTTP status the call answers
   */
  public void callFinished(long startNanos, int status) {
    if (TimedRequest.isCompanionStarted() || !Recorder.ENABLED) {
      return;
    }
    long elapsedNanos = System.nanoTime() - startNanos;
    Recorder recorder = null;
    try {
      recorder = Recorder.ofDefault();
      // No companion saw the request: its scheme is not known, nor whether the call threw.
      seriesFor(recorder)
          .observe(
              status,
              elapsedNanos,
              RequestListener.UNKNOWN_SIZE,
              RequestListener.UNKNOWN_SIZE,
              null,
              null);
    } catch (RuntimeException | Error failure) {
      failuresOf(recorder).report(this.toString(), failure);
    }
  }

  /**
   * Records one request of this route as a framework companion measured it, under the request's
   * own method: a {@code HEAD} request that a {@code GET} route answered counts as {@code HEAD}.
   * Never throws.
   *
   * @param recorder the recorder of the metrics the companion records into
   * @param requestMethod the method of the request
   * @param status the HTTP status the client received
   * @param elapsedNanos the time the request took, in nanoseconds
   * @param requestBytes the size of the request body, when {@link Recorder#measuresSizes()}, else
   *     {@link RequestListener#UNKNOWN_SIZE}
   * @param responseBytes likewise, the response body's
   * @param scheme {@link OpenTelemetryMetrics#HTTP} or {@link OpenTelemetryMetrics#HTTPS}, as the
   *     server saw the request
   * @param error what the handler threw, or null: the {@code error.type} of a 5xx
   */
  public void recordRequest(
      Recorder recorder,
      String requestMethod,
      int status,
      long elapsedNanos,
      long requestBytes,
      long responseBytes,
      String scheme,
      Throwable error) {
    if (!Recorder.ENABLED) {
      return;
    }
    try {
      seriesFor(recorder, requestMethod)
          .observe(status, elapsedNanos, requestBytes, responseBytes, scheme, error);
    } catch (RuntimeException | Error failure) {
      recorder.failures().report(this.toString(), failure);
    }
  }

  /**
   * Tells that a timed handler method of this route has started on a request, for companions:
   * the in-progress gauge goes up, if the recorder's metrics keep one. Each call is followed by one
   * {@link #requestEnded} with the same arguments when the response is complete. Never throws.
   *
   * @param requestMethod the method of the request
   * @param scheme {@link OpenTelemetryMetrics#HTTP} or {@link OpenTelemetryMetrics#HTTPS}
   */
  public void requestStarted(Recorder recorder, String requestMethod, String scheme) {
    if (!Recorder.ENABLED) {
      return;
    }
    try {
      seriesFor(recorder, requestMethod).started(scheme);
    } catch (RuntimeException | Error failure) {
      recorder.failures().report(this.toString(), failure);
    }
  }

  /** Tells that the request a {@link #requestStarted} told of is complete. Never throws. */
  public void requestEnded(Recorder recorder, String requestMethod, String scheme) {
    if (!Recorder.ENABLED) {
      return;
    }
    try {
      seriesFor(recorder, requestMethod).ended(scheme);
    } catch (RuntimeException | Error failure) {
      recorder.failures().report(this.toString(), failure);
    }
  }

  /** The series of a request of {@code requestMethod}: this route's own, or another method's. */
  private RouteSeries seriesFor(Recorder recorder, String requestMethod) {
    return method.equals(requestMethod)
        ? seriesFor(recorder)
        : otherMethodSeriesFor(
            recorder, HttpMethods.label(requestMethod), recorder.otelMethod(requestMethod));
  }

  /** The default metrics could not even be created when {@code recorder} is null. */
  private static MetricsFailures failuresOf(Recorder recorder) {
    return recorder != null ? recorder.failures() : MetricsFailures.UNCONFIGURED;
  }

  private RouteSeries seriesFor(Recorder recorder) {
    RouteSeries current = series;
    if (current == null || current.recorder != recorder) {
      current =
          recorder.seriesFor(
              methodAlone(), recorder.otelMethod(methodAlone()), templateAlone(), otelRoute());
      series = current;
    }
    return current;
  }

  /** The method label of a call recorded with no companion to name the request's. */
  private String methodAlone() {
    return method.equals(ANY_METHOD) ? HttpMethods.OTHER : method;
  }

  /** Likewise, the template: its own, else the first it declares, else {@code none}. */
  private String templateAlone() {
    if (template != null) {
      return template;
    }
    return templates.length > 0 ? templates[0] : HttpMetrics.UNTEMPLATED_HANDLER;
  }

  /** The {@code http.route} of its requests: the framework's template, else the label's. */
  private String otelRoute() {
    return frameworkTemplate != null ? frameworkTemplate : templateAlone();
  }

  /** The series of the method last requested that is not the route's own, in both dialects. */
  private RouteSeries otherMethodSeriesFor(
      Recorder recorder, String methodLabel, String otelMethod) {
    RouteSeries current = otherMethodSeries;
    if (current == null
        || current.recorder != recorder
        || !current.method.equals(methodLabel)
        || !Objects.equals(current.otelMethod, otelMethod)) {
      current = recorder.seriesFor(methodLabel, otelMethod, templateAlone(), otelRoute());
      otherMethodSeries = current;
    }
    return current;
  }

  @Override
  public String toString() {
    return method + " " + (template != null ? template : String.join(" | ", templates));
  }
}
