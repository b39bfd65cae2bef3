package dev.instrumentator.runtime.internal;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The OpenTelemetry dialect: the HTTP server metrics of OpenTelemetry's semantic conventions for
 * HTTP (stable since v1.23), kept in prometheus-metrics. {@code http.server.request.duration} is
 * scraped as {@code http_server_request_duration_seconds{http_request_method, http_route,
 * http_response_status_code, url_scheme, error_type}} and pushed over OTLP by prometheus-metrics'
 * OpenTelemetry exporter under its own name and attributes: prometheus-metrics keeps the dots of a
 * name, writes them as underscores in the Prometheus formats, and hands the name without its unit
 * to OpenTelemetry.
 *
 * <p>The conventions leave {@code http.route} out of a request that matched no route and {@code
 * error.type} out of one that did not end in error. A Prometheus metric has the same label names
 * on every series, so those are recorded as empty values and left out of each scrape (a label with
 * an empty value is, to Prometheus, no label): what is scraped or pushed never carries them.
 */
public final class OpenTelemetryMetrics {
  /** The environment variable that overrides the known methods, as the conventions name it. */
  public static final String KNOWN_METHODS_VARIABLE = "OTEL_INSTRUMENTATION_HTTP_KNOWN_METHODS";

  /**
   * The methods that are their own {@code http.request.method}: RFC 9110's, PATCH (RFC 5789) and
   * QUERY (the IETF's safe method with a body); any other is {@value #OTHER}.
   */
  public static final List<String> DEFAULT_KNOWN_METHODS =
      List.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "QUERY", "TRACE");

  /**
   * What the conventions record for a method or an error type outside the known ones: the
   * Prometheus dialect's value for a method outside the standard ones too.
   */
  public static final String OTHER = HttpMethods.OTHER;

  /** The most exception classes that are their own {@code error.type}; later ones are {@value #OTHER}. */
  static final int ERROR_TYPE_LIMIT = 50;

  /** The conventions' names; prometheus-metrics writes their dots as underscores. */
  public static final String DURATION = "http.server.request.duration_seconds";
  public static final String REQUEST_BODY_SIZE = "http.server.request.body.size_bytes";
  public static final String RESPONSE_BODY_SIZE = "http.server.response.body.size_bytes";
  public static final String ACTIVE_REQUESTS = "http.server.active_requests";
  static final String METHOD = "http.request.method";
  static final String ROUTE = "http.route";
  static final String STATUS = "http.response.status_code";
  static final String SCHEME = "url.scheme";
  static final String ERROR_TYPE = "error.type";

  /** The value of a label the conventions leave out: see the class comment. */
  static final String ABSENT = "";

  /**
   * The bounds of the body-size histograms, in bytes: the conventions advise none, so these are
   * the OpenTelemetry SDK's default explicit bucket boundaries, what an SDK would record.
   */
  static final double[] BODY_SIZE_BUCKETS = {
    0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000
  };

  /** The value of {@code url.scheme}, as the companion saw the request. */
  public static final String HTTP = "http";
  public static final String HTTPS = "https";

  private final Histogram duration;
  /** Null when sizes are not kept. */
  private final Histogram requestBodySize;
  private final Histogram responseBodySize;
  /** Null when active requests are not kept. */
  private final Gauge activeRequests;
  private final String[] knownMethods;
  private final CappedValues errorTypes = new CappedValues(ERROR_TYPE_LIMIT, OTHER);
  private final UnaryOperator<DistributionDataPoint> dataPoints;

  /**
   * @param duration {@code http.server.request.duration}, built by {@link #durationBuilder}
   * @param requestBodySize the body-size histograms, or both null
   * @param activeRequests {@code http.server.active_requests}, or null
   * @param knownMethods the methods that are their own {@code http.request.method}
   * @param dataPoints wraps each data point of the histograms as it is created, for tests
   */
  public OpenTelemetryMetrics(
      Histogram duration,
      Histogram requestBodySize,
      Histogram responseBodySize,
      Gauge activeRequests,
      List<String> knownMethods,
      UnaryOperator<DistributionDataPoint> dataPoints) {
    this.duration = duration;
    this.requestBodySize = requestBodySize;
    this.responseBodySize = responseBodySize;
    this.activeRequests = activeRequests;
    this.knownMethods = knownMethods.toArray(new String[0]);
    this.dataPoints = dataPoints;
  }

  /**
   * The known methods: those of {@value #KNOWN_METHODS_VARIABLE} when it is set (a full override,
   * comma-separated, case-sensitive, as the conventions require), else {@link
   * #DEFAULT_KNOWN_METHODS}.
   */
  public static List<String> knownMethodsFrom(String variable) {
    if (variable == null || variable.isBlank()) {
      return DEFAULT_KNOWN_METHODS;
    }
    List<String> methods = new ArrayList<>();
    for (String method : variable.split(",")) {
      if (!method.isBlank()) {
        methods.add(method.strip());
      }
    }
    return List.copyOf(methods);
  }

  /** {@code http.server.request.duration}, unregistered, with the labels and bounds given. */
  public static Histogram.Builder durationBuilder(double[] buckets) {
    return Histogram.builder()
        .name(DURATION)
        .help("Duration of HTTP server requests")
        .unit(Unit.SECONDS)
        .labelNames(METHOD, ROUTE, STATUS, SCHEME, ERROR_TYPE)
        .classicUpperBounds(buckets)
        .classicOnly();
  }

  /** {@code http.server.request.body.size} or {@code http.server.response.body.size}. */
  public static Histogram.Builder bodySizeBuilder(String name, String help) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .unit(Unit.BYTES)
        .labelNames(METHOD, ROUTE, STATUS, SCHEME, ERROR_TYPE)
        .classicUpperBounds(BODY_SIZE_BUCKETS)
        .classicOnly();
  }

  /** {@code http.server.active_requests}: by method and scheme alone, as the conventions say. */
  public static Gauge.Builder activeRequestsBuilder() {
    return Gauge.builder()
        .name(ACTIVE_REQUESTS)
        .help("Number of active HTTP server requests")
        .labelNames(METHOD, SCHEME)
        .withoutExemplars();
  }

  /**
   * What to register for a histogram of this dialect: it, with the labels the conventions leave
   * out taken out of each scrape.
   */
  public static Collector withoutAbsentLabels(Histogram histogram) {
    return new WithoutAbsentLabels(histogram);
  }

  /** The {@code http.request.method} of a request's method. */
  String method(String requestMethod) {
    if (requestMethod != null) {
      for (String known : knownMethods) {
        if (known.equals(requestMethod)) {
          return known;
        }
      }
    }
    return OTHER;
  }

  /**
   * The {@code error.type} of a request that ended with {@code status}: none unless it ended in
   * error, a 5xx; then the class of the exception its handler threw, if it threw, else the status.
   */
  String errorType(int status, Throwable error) {
    if (status < 500 || status > 599) {
      return ABSENT;
    }
    return error != null ? errorTypes.labelFor(error.getClass().getName()) : Integer.toString(status);
  }

  boolean keepsActiveRequests() {
    return activeRequests != null;
  }

  /** The data points of one label set; the caller keeps them. */
  StatusSeries series(String method, String route, int status, String scheme, String errorType) {
    String statusLabel = Integer.toString(status);
    String schemeLabel = scheme != null ? scheme : ABSENT;
    return new StatusSeries(
        dataPoints.apply(duration.labelValues(method, route, statusLabel, schemeLabel, errorType)),
        null,
        requestBodySize != null
            ? requestBodySize.labelValues(method, route, statusLabel, schemeLabel, errorType)
            : null,
        responseBodySize != null
            ? responseBodySize.labelValues(method, route, statusLabel, schemeLabel, errorType)
            : null);
  }

  /** The active-requests series of a method and scheme, or null when they are not kept. */
  GaugeDataPoint activeRequests(String method, String scheme) {
    return activeRequests != null
        ? activeRequests.labelValues(method, scheme != null ? scheme : ABSENT)
        : null;
  }

  /**
   * Records a request that matched no route: no {@code http.route}. Not on the hot path of a
   * service: it creates its label set each time.
   */
  void observeUntemplated(
      String requestMethod,
      int status,
      String scheme,
      Throwable error,
      double seconds,
      long requestBytes,
      long responseBytes) {
    series(method(requestMethod), ABSENT, status, scheme, errorType(status, error))
        .observe(seconds, requestBytes, responseBytes);
  }

  /** A histogram as scraped, without the labels whose value is {@link #ABSENT}. */
  private static final class WithoutAbsentLabels implements Collector {
    private final Histogram histogram;

    WithoutAbsentLabels(Histogram histogram) {
      this.histogram = histogram;
    }

    @Override
    public MetricSnapshot collect() {
      HistogramSnapshot snapshot = histogram.collect();
      List<HistogramDataPointSnapshot> points = new ArrayList<>();
      for (HistogramDataPointSnapshot point : snapshot.getDataPoints()) {
        points.add(
            new HistogramDataPointSnapshot(
                point.getClassicBuckets(),
                point.getSum(),
                withoutAbsent(point.getLabels()),
                point.getExemplars(),
                point.getCreatedTimestampMillis()));
      }
      return new HistogramSnapshot(snapshot.getMetadata(), points);
    }

    private static Labels withoutAbsent(Labels labels) {
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        if (!labels.getValue(i).isEmpty()) {
          names.add(labels.getName(i));
          values.add(labels.getValue(i));
        }
      }
      return names.size() == labels.size() ? labels : Labels.of(names, values);
    }

    @Override
    public String getPrometheusName() {
      return histogram.getPrometheusName();
    }
  }
}
