package dev.instrumentator.runtime.internal;

import static java.util.Objects.requireNonNull;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What records requests into one {@link HttpMetrics}: the part of it that routes and framework
 * companions call, kept out of the public API. {@code HttpMetrics} is what an application
 * configures and registers; it builds one recorder, and companions reach it with {@link
 * #of(HttpMetrics)} once, at start-up.
 */
public final class Recorder {
  /**
   * Whether this process records requests ({@link HttpMetrics#isEnabled()}). A constant, so that
   * when it is off the JIT removes the recording, and a decorator costs only its check of whether
   * a companion has started.
   */
  public static final boolean ENABLED =
      enabled(
          System.getProperty(HttpMetrics.ENABLED_PROPERTY),
          System.getenv(HttpMetrics.ENABLED_VARIABLE));

  /** The recorder of the default metrics, once they exist: see {@link HttpMetrics#getDefault}. */
  private static volatile Recorder defaultRecorder;

  /**
   * How to reach the recorder of an {@code HttpMetrics}, given by {@code HttpMetrics} itself when
   * its class is initialized (before any instance exists), so that it needs no public method for
   * it: the JDK's "shared secrets" pattern.
   */
  private static Function<HttpMetrics, Recorder> recorders;

  /**
   * What a recorder is made of: the metrics {@code HttpMetrics} registered (each optional one null
   * when its option is off) and the options that decide what lands in them, as {@link
   * HttpMetrics.Builder} documents them.
   *
   * @param histogram the Prometheus dialect's histogram, or null when that dialect is off
   * @param openTelemetry the OpenTelemetry dialect's metrics, or null when it is off
   * @param latencyRoundingScale 10^decimals when latencies are rounded, 0 when they are not
   * @param dataPoints wraps each histogram data point as it is created: as it is, except in tests
   * @param gaugePoints the same, for the in-progress gauge's
   */
  public record Parts(
      HttpMetrics metrics,
      Histogram histogram,
      OpenTelemetryMetrics openTelemetry,
      Counter requestsTotal,
      Summary requestSize,
      Summary responseSize,
      Gauge inProgress,
      boolean inProgressLabels,
      boolean groupStatusCodes,
      boolean ignoreUntemplated,
      boolean groupUntemplated,
      double latencyRoundingScale,
      List<Pattern> excludedHandlers,
      int untemplatedPathLimit,
      boolean createSeriesAtStartup,
      boolean excludeStreamingDuration,
      boolean exemplars,
      List<RequestListener> listeners,
      UnaryOperator<DistributionDataPoint> dataPoints,
      UnaryOperator<GaugeDataPoint> gaugePoints) {}

  private final HttpMetrics metrics;
  /** Null when the Prometheus dialect is off. */
  private final Histogram histogram;
  /** Null when the OpenTelemetry dialect is off. */
  private final OpenTelemetryMetrics openTelemetry;
  private final Counter requestsTotal;
  private final Summary requestSize;
  private final Summary responseSize;
  private final Gauge inProgress;
  private final boolean inProgressLabels;
  /** The gauge's one series when it has no labels; null otherwise. */
  private final GaugeDataPoint inProgressOfAll;
  private final StatusLabels statusLabels;
  private final boolean ignoreUntemplated;
  private final boolean groupUntemplated;
  private final double latencyRoundingScale;
  private final List<Pattern> excludedHandlers;
  private final CappedValues untemplatedPaths;
  private final boolean createSeriesAtStartup;
  private final boolean excludeStreamingDuration;
  private final boolean exemplars;
  /** The listeners, or null when there are none. */
  private final Listeners listeners;
  private final UnaryOperator<DistributionDataPoint> dataPoints;
  private final UnaryOperator<GaugeDataPoint> gaugePoints;
  private final MetricsFailures failures = new MetricsFailures();

  /** For {@link HttpMetrics} alone, which builds one recorder per instance. */
  public Recorder(Parts parts) {
    this.metrics = requireNonNull(parts.metrics(), "metrics");
    this.histogram = parts.histogram();
    this.openTelemetry = parts.openTelemetry();
    this.requestsTotal = parts.requestsTotal();
    this.requestSize = parts.requestSize();
    this.responseSize = parts.responseSize();
    this.inProgress = parts.inProgress();
    this.inProgressLabels = parts.inProgressLabels();
    this.gaugePoints = parts.gaugePoints();
    this.inProgressOfAll =
        inProgress != null && !inProgressLabels ? gaugePoints.apply(inProgress.labelValues()) : null;
    this.statusLabels = new StatusLabels(parts.groupStatusCodes());
    this.ignoreUntemplated = parts.ignoreUntemplated();
    this.groupUntemplated = parts.groupUntemplated();
    this.latencyRoundingScale = parts.latencyRoundingScale();
    this.excludedHandlers = List.copyOf(parts.excludedHandlers());
    this.untemplatedPaths = 
        new CappedValues(parts.untemplatedPathLimit(), HttpMetrics.UNTEMPLATED_HANDLER);
    this.createSeriesAtStartup = parts.createSeriesAtStartup();
    this.excludeStreamingDuration = parts.excludeStreamingDuration();
    this.exemplars = parts.exemplars();
    this.listeners =
        parts.listeners().isEmpty() ? null : new Listeners(parts.listeners(), failures);
    this.dataPoints = parts.dataPoints();
  }

  /** For {@link HttpMetrics} alone, from its static initializer: see {@link #recorders}. */
  public static synchronized void recordersOf(Function<HttpMetrics, Recorder> recorderOf) {
    if (recorders != null) {
      throw new IllegalStateException("the recorders of HttpMetrics are already known");
    }
    recorders = requireNonNull(recorderOf, "recorderOf");
  }

  /** The recorder of {@code metrics}. */
  public static Recorder of(HttpMetrics metrics) {
    // An instance exists, so HttpMetrics is initialized and has given its recorders.
    return recorders.apply(requireNonNull(metrics, "metrics"));
  }

  /** The recorder of {@link HttpMetrics#getDefault()}, which it creates if none is set yet. */
  public static Recorder ofDefault() {
    Recorder current = defaultRecorder;
    return current != null ? current : of(HttpMetrics.getDefault());
  }

  /** The recorder of the metrics made the default, or null if none are yet. */
  public static Recorder defaultIfSet() {
    return defaultRecorder;
  }

  /** For {@link HttpMetrics#setDefault} alone. */
  public static void setDefault(Recorder recorder) {
    defaultRecorder = requireNonNull(recorder, "recorder");
  }

  /** The switch, from the system property's value, else the environment variable's. */
  static boolean enabled(String property, String variable) {
    return property != null
        ? EnabledSwitch.isOn(HttpMetrics.ENABLED_PROPERTY, property)
        : EnabledSwitch.isOn(HttpMetrics.ENABLED_VARIABLE, variable);
  }

  /** The metrics this records into. */
  public HttpMetrics metrics() {
    return metrics;
  }

  /**
   * Whether the metrics keep an in-progress gauge ({@link HttpMetrics.Builder#inProgress}): then
   * a companion tells each route when a request's handling starts and ends ({@link
   * Route#requestStarted}).
   */
  public boolean tracksInProgress() {
    return inProgress != null || (openTelemetry != null && openTelemetry.keepsActiveRequests());
  }

  /**
   * Whether companions time a streamed response until its handler returned, rather than until its
   * body has been written ({@link HttpMetrics.Builder#excludeStreamingDuration}).
   */
  public boolean excludesStreamingDuration() {
    return excludeStreamingDuration;
  }

  /**
   * Whether observations may carry exemplars ({@link HttpMetrics.Builder#exemplars}): then a
   * companion records each request while the tracing span it belongs to is still open, where it
   * can.
   */
  public boolean samplesExemplars() {
    return exemplars;
  }

  /**
   * Whether companions should measure the sizes of requests and responses: for the size metrics
   * ({@link HttpMetrics.Builder#sizes}) or for listeners, which hear them. Otherwise a companion
   * passes {@link RequestListener#UNKNOWN_SIZE} and a request costs nothing for them.
   */
  public boolean measuresSizes() {
    return requestSize != null || listeners != null;
  }

  /**
   * Records a request that matched no route (a routing 404 or 405, say), as a companion measured
   * it. It counts under {@code none}, or under its raw path when untemplated requests are not
   * grouped (up to the untemplated path limit, then under {@code none}), or not at all when they
   * are ignored or the raw path is an excluded handler. A method outside the standard HTTP methods
   * counts as {@code _OTHER}, so that no client can make up label values.
   *
   * <p>This path is not the hot path of a service: it may search the excluded-handler patterns and
   * look up the raw path. It never throws.
   *
   * @param elapsedNanos the time the request took, in nanoseconds
   * @param requestBytes the size of the request body, or {@link RequestListener#UNKNOWN_SIZE}
   * @param responseBytes likewise, the response body's
   * @param scheme {@link OpenTelemetryMetrics#HTTP} or {@link OpenTelemetryMetrics#HTTPS}, as the
   *     server saw the request
   * @param error what a handler threw, or null
   */
  public void recordUntemplated(
      String method,
      String path,
      int status,
      long elapsedNanos,
      long requestBytes,
      long responseBytes,
      String scheme,
      Throwable error) {
    if (!ENABLED) {
      return;
    }
    try {
      if (ignoreUntemplated || (path != null && isExcluded(path))) {
        return;
      }
      String handler =
          groupUntemplated ? HttpMetrics.UNTEMPLATED_HANDLER : untemplatedPaths.labelFor(path);
      String methodLabel = HttpMethods.label(method);
      double seconds = seconds(elapsedNanos);
      if (histogram != null) {
        statusSeries(methodLabel, handler, statusLabels.label(status))
            .observe(seconds, requestBytes, responseBytes);
      }
      if (openTelemetry != null) {
        openTelemetry.observeUntemplated(
            method, status, scheme, error, seconds, requestBytes, responseBytes);
      }
      if (listeners != null) {
        listeners.heard(methodLabel, handler, status, seconds, requestBytes, responseBytes);
      }
    } catch (RuntimeException | Error failure) {
      failures.report("an untemplated request", failure);
    }
  }

  /**
   * For framework companions at start-up: creates the series of a route before its first
   * request, with its success status ({@code 2xx}, or {@code 200} when statuses are exact) at
   * zero, when {@link HttpMetrics.Builder#createSeriesAtStartup} is on; otherwise does nothing.
   * In the Prometheus dialect alone: an OpenTelemetry series also has the request's scheme, which
   * no request has shown yet. Never throws.
   *
   * @param method the HTTP method the route answers
   * @param template the route template, as the decorator records it
   * @return whether the series exists now: not when the option or recording is off, when the
   *     template is an excluded handler, or when the metrics library failed
   */
  public boolean createSeries(String method, String template) {
    if (!createSeriesAtStartup || !ENABLED || histogram == null || isExcluded(template)) {
      return false;
    }
    try {
      statusSeries(HttpMethods.label(method), template, statusLabels.label(200));
      return true;
    } catch (RuntimeException | Error failure) {
      failures.report("the series of " + method + " " + template, failure);
      return false;
    }
  }

  /** Stops the listeners' threads, when the metrics are unregistered. */
  public void stopListeners() {
    if (listeners != null) {
      listeners.stop();
    }
  }

  /** Where failures to record into these metrics are reported, and logged once. */
  public MetricsFailures failures() {
    return failures;
  }

  /** The listeners, or null when there are none. */
  Listeners listeners() {
    return listeners;
  }

  /**
   * @param method the method label in the Prometheus dialect
   * @param otelMethod {@code http.request.method}, from {@link #otelMethod}
   * @param otelRoute {@code http.route}: the template as the framework declares it
   */
  RouteSeries seriesFor(String method, String otelMethod, String template, String otelRoute) {
    return new RouteSeries(this, method, otelMethod, template, otelRoute, isExcluded(template));
  }

  /** The {@code http.request.method} of a request's method; null without the dialect. */
  String otelMethod(String requestMethod) {
    return openTelemetry != null ? openTelemetry.method(requestMethod) : null;
  }

  /** Whether the metrics keep the Prometheus dialect's histogram. */
  boolean speaksPrometheus() {
    return histogram != null;
  }

  /** The OpenTelemetry dialect's metrics, or null when it is off. */
  OpenTelemetryMetrics openTelemetry() {
    return openTelemetry;
  }

  /**
   * The in-progress gauge's series for a route's requests: its own when the gauge has labels,
   * else the gauge's one series; null when there is no gauge.
   */
  GaugeDataPoint inProgressPoint(String method, String handler) {
    if (inProgress == null) {
      return null;
    }
    return inProgressLabels
        ? gaugePoints.apply(inProgress.labelValues(method, handler))
        : inProgressOfAll;
  }

  StatusLabels statusLabels() {
    return statusLabels;
  }

  /** Creates the data points of one label set; the caller keeps them. */
  StatusSeries statusSeries(String method, String handler, String status) {
    return new StatusSeries(
        dataPoints.apply(histogram.labelValues(method, handler, status)),
        requestsTotal != null ? requestsTotal.labelValues(method, handler, status) : null,
        requestSize != null ? requestSize.labelValues(method, handler, status) : null,
        responseSize != null ? responseSize.labelValues(method, handler, status) : null);
  }

  /** Converts an elapsed time to the observed value, rounded if so configured. */
  double seconds(long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    if (latencyRoundingScale == 0) {
      return seconds;
    }
    return Math.round(seconds * latencyRoundingScale) / latencyRoundingScale;
  }

  private boolean isExcluded(String handler) {
    for (Pattern pattern : excludedHandlers) {
      if (pattern.matcher(handler).find()) {
        return true;
      }
    }
    return false;
  }
}
