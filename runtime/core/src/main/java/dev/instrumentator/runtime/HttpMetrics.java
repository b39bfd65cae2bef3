package dev.instrumentator.runtime;

import static java.util.Objects.requireNonNull;

import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one request-duration histogram, {@code http_request_duration_seconds{method, handler,
 * status}}, and every option that decides what lands in it. The options and their defaults are
 * those of prometheus-flask-instrumentator.
 *
 * <p>Generated decorators record into {@link #getDefault()}, which works with no configuration at
 * all. To configure it, build one at start-up, before the first request, and make it the default:
 *
 * <pre>{@code
 * HttpMetrics.setDefault(HttpMetrics.builder().groupStatusCodes(false).register());
 * }</pre>
 */
public final class HttpMetrics {

  /** The histogram's name unless {@link Builder#metricName} gives another: {@value}. */
  public static final String DEFAULT_METRIC_NAME = "http_request_duration_seconds";
  /** The label holding the HTTP method, unless {@link Builder#labelNames} names it: {@value}. */
  public static final String DEFAULT_METHOD_LABEL = "method";
  /** The label holding the route template, unless {@link Builder#labelNames} names it: {@value}. */
  public static final String DEFAULT_HANDLER_LABEL = "handler";
  /** The label holding the status, unless {@link Builder#labelNames} names it: {@value}. */
  public static final String DEFAULT_STATUS_LABEL = "status";
  /**
   * The metrics endpoint, and it alone: anchored, so that {@code /books/{isbn}/metrics} and {@code
   * /metrics-summary} are recorded (the excluded handlers of one's own are searched as written).
   */
  public static final String DEFAULT_EXCLUDED_HANDLER = "^/metrics$";
  /** Decimals of a second kept when latencies are rounded ({@link Builder#roundLatencyDecimals}). */
  public static final int DEFAULT_ROUND_LATENCY_DECIMALS = 4;
  /**
   * The histogram's bucket bounds unless {@link Builder#buckets} gives others, in seconds: those of
   * prometheus-flask-instrumentator (and of prometheus_client under it), which are also
   * OpenTelemetry's advised boundaries for {@code http.server.request.duration}, so that a
   * dashboard or alert ported from the Python instrumentators finds every {@code le} it reads,
   * {@code 0.75} included. {@code +Inf} is added.
   */
  public static final List<Double> DEFAULT_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  /** Raw paths kept as handlers ({@link Builder#untemplatedPathLimit}): {@value}. */
  public static final int DEFAULT_UNTEMPLATED_PATH_LIMIT = 100;
  /** The in-progress gauge's name unless {@link Builder#inProgressName} gives another. */
  public static final String DEFAULT_IN_PROGRESS_NAME = "http_requests_inprogress";

  /**
   * The system property that turns recording off in this process when set to {@code false}, read
   * once, at start-up: {@value}. Spring Boot reads it too, as the property that turns
   * instrumentator-spring off.
   */
  public static final String ENABLED_PROPERTY = "instrumentator.enabled";

  /** The environment variable that does the same when the system property is not set: {@value}. */
  public static final String ENABLED_VARIABLE = "INSTRUMENTATOR_ENABLED";

  /** The handler label of requests that matched no route, when they are grouped. */
  public static final String UNTEMPLATED_HANDLER = "none";

  static final String HELP = "Duration of HTTP requests in seconds";

  /**
   * The names and labels the metrics are recorded under; {@link Builder#dialects} keeps one or
   * both. Each records the same requests, with the same durations.
   */
  public enum Dialect {
    /**
     * prometheus-flask-instrumentator's: {@code http_request_duration_seconds{method, handler,
     * status}}, with every option of this builder. The default.
     */
    PROMETHEUS,
    /**
     * OpenTelemetry's semantic conventions for HTTP servers: {@code http.server.request.duration},
     * scraped as {@code http_server_request_duration_seconds{http_request_method, http_route,
     * http_response_status_code, url_scheme, error_type}} (docs/dialects.md).
     */
    OPENTELEMETRY
  }

  /**
   * Prometheus's classic name rules, which every exposition format and every version of
   * prometheus-metrics accepts (Spring Boot 3.5 pins 1.3, which has no check of its own for them).
   */
  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** An HTTP method: a token of RFC 9110. */
  private static final Pattern HTTP_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  static {
    Recorder.recordersOf(metrics -> metrics.recorder);
  }

  private final Recorder recorder;
  private final PrometheusRegistry registry;
  /** What {@link #unregister} removes: the histogram, then each optional metric kept. */
  private final List<Collector> collectors;
  private final List<String> prometheusNames;

  private HttpMetrics(Builder builder) {
    List<Collector> registered = new ArrayList<>();
    boolean prometheus = builder.dialects.contains(Dialect.PROMETHEUS);
    Histogram histogram = null;
    Counter requestsTotal = null;
    Summary requestSize = null;
    Summary responseSize = null;
    Gauge inProgress = null;
    OpenTelemetryMetrics openTelemetry = null;
    try {
      if (prometheus) {
        histogram = add(registered, builder.buildHistogram());
        requestsTotal = builder.requestsTotal ? add(registered, builder.buildRequestsTotal()) : null;
        requestSize = builder.sizes ? add(registered, builder.buildSize("http_request_size_bytes",
            "Size of HTTP request bodies in bytes, as read")) : null;
        responseSize = builder.sizes ? add(registered, builder.buildSize("http_response_size_bytes",
            "Size of HTTP response bodies in bytes, as written")) : null;
        inProgress = builder.inProgress ? add(registered, builder.buildInProgress()) : null;
      }
      if (builder.dialects.contains(Dialect.OPENTELEMETRY)) {
        openTelemetry = builder.buildOpenTelemetry(registered);
      }
    } catch (RuntimeException e) {
      // All or nothing.
      registered.forEach(builder.registry::unregister);
      throw e;
    }
    this.registry = builder.registry;
    this.collectors = List.copyOf(registered);
    this.prometheusNames = registered.stream().map(Collector::getPrometheusName).toList();
    this.recorder =
        new Recorder(
            new Recorder.Parts(
                this,
                histogram,
                openTelemetry,
                requestsTotal,
                requestSize,
                responseSize,
                inProgress,
                builder.inProgressLabels,
                builder.groupStatusCodes,
                builder.ignoreUntemplated,
                builder.groupUntemplated,
                builder.roundLatency ? Math.pow(10, builder.roundLatencyDecimals) : 0,
                builder.excludedHandlers,
                builder.untemplatedPathLimit,
                builder.createSeriesAtStartup,
                builder.excludeStreamingDuration,
                builder.exemplars,
                builder.listeners,
                builder.dataPoints,
                builder.gaugePoints));
  }

  /** Keeps {@code collector} among those to unregister if building fails later. */
  private static <T extends Collector> T add(List<Collector> registered, T collector) {
    registered.add(collector);
    return collector;
  }

  /**
   * The options, each at its default, to change and {@linkplain Builder#register() register}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The metrics that generated decorators record into: the one given to {@link #setDefault}, or,
   * if none was, one with every option at its default, registered in {@link
   * PrometheusRegistry#defaultRegistry} on first use.
   *
   * @return the default metrics
   * @throws IllegalStateException if they had to be created and the default registry already
   *     holds a metric of their name
   */
  public static HttpMetrics getDefault() {
    Recorder current = Recorder.defaultIfSet();
    return current != null ? current.metrics() : createDefault();
  }

  private static synchronized HttpMetrics createDefault() {
    Recorder current = Recorder.defaultIfSet();
    if (current != null) {
      return current.metrics();
    }
    HttpMetrics metrics = builder().register();
    Recorder.setDefault(metrics.recorder);
    return metrics;
  }

  /**
   * Makes {@code metrics} the one that generated decorators record into from their next request
   * on. Call it at start-up, before the first request: a request recorded earlier creates the
   * default metrics in the default registry, and a second histogram of the same name cannot be
   * registered there.
   *
   * @param metrics the metrics to make the default
   */
  public static void setDefault(HttpMetrics metrics) {
    Recorder.setDefault(requireNonNull(metrics, "metrics").recorder);
  }

  /**
   * Whether this process records requests: unless {@value #ENABLED_PROPERTY} (a system property)
   * or, when that is not set, {@value #ENABLED_VARIABLE} (an environment variable) was {@code
   * false} at start-up. When it is off, decorators and companions serve requests as usual and
   * record nothing.
   *
   * @return whether requests are recorded
   */
  public static boolean isEnabled() {
    return Recorder.ENABLED;
  }

  /**
   * The registry the metrics are registered in: what a metrics endpoint serves.
   *
   * @return that registry
   */
  public PrometheusRegistry registry() {
    return registry;
  }

  /**
   * The names of the metrics registered, as prometheus-metrics knows them ({@link
   * PrometheusNaming#prometheusName}: a counter's without its {@code _total}): for a companion
   * that keeps other metrics of the application from taking them.
   *
   * @return the names, the histogram's first
   */
  public List<String> prometheusNames() {
    return prometheusNames;
  }

  /**
   * Removes the histogram from its registry, for a framework companion whose application stops,
   * so that the next application in this JVM can register its own there. What is recorded later
   * is scraped by no one.
   */
  public void unregister() {
    recorder.stopListeners();
    collectors.forEach(registry::unregister);
  }

  /**
   * Options of {@link HttpMetrics}. Each setter rejects a bad value at once with an {@link
   * IllegalArgumentException} that names it; {@link #register()} creates and registers the metrics.
   */
  public static final class Builder {
    private boolean groupStatusCodes = true;
    private boolean ignoreUntemplated = false;
    private boolean groupUntemplated = true;
    private boolean roundLatency = false;
    private int roundLatencyDecimals = DEFAULT_ROUND_LATENCY_DECIMALS;
    private List<Pattern> excludedHandlers = List.of(Pattern.compile(DEFAULT_EXCLUDED_HANDLER));
    private double[] buckets = DEFAULT_BUCKETS.stream().mapToDouble(Double::doubleValue).toArray();
    private String metricName = DEFAULT_METRIC_NAME;
    private String namespace = "";
    private String subsystem = "";
    private Map<String, String> constantLabels = Map.of();
    private String methodLabel = DEFAULT_METHOD_LABEL;
    private String handlerLabel = DEFAULT_HANDLER_LABEL;
    private String statusLabel = DEFAULT_STATUS_LABEL;
    private PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
    private int untemplatedPathLimit = DEFAULT_UNTEMPLATED_PATH_LIMIT;
    private boolean nativeHistograms = false;
    private boolean createSeriesAtStartup = false;
    private boolean requestsTotal = false;
    private boolean sizes = false;
    private boolean excludeStreamingDuration = false;
    private boolean exemplars = true;
    private boolean inProgress = false;
    private String inProgressName = DEFAULT_IN_PROGRESS_NAME;
    private boolean inProgressLabels = false;
    private Set<Dialect> dialects = Set.of(Dialect.PROMETHEUS);
    /** Null: from {@value OpenTelemetryMetrics#KNOWN_METHODS_VARIABLE}, else the default. */
    private List<String> knownMethods = null;
    private List<RequestListener> listeners = List.of();
    private UnaryOperator<DistributionDataPoint> dataPoints = UnaryOperator.identity();
    private UnaryOperator<GaugeDataPoint> gaugePoints = UnaryOperator.identity();

    private Builder() {}

    /**
     * For tests of this package: passes each data point through {@code wrapper} as it is created,
     * so that a test can make creating or observing fail, as a broken metrics library would.
     */
    Builder dataPointsThrough(UnaryOperator<DistributionDataPoint> wrapper) {
      this.dataPoints = requireNonNull(wrapper, "wrapper");
      return this;
    }

    /** The same, for the in-progress gauge's data points. */
    Builder gaugePointsThrough(UnaryOperator<GaugeDataPoint> wrapper) {
      this.gaugePoints = requireNonNull(wrapper, "wrapper");
      return this;
    }

    /**
     * Whether statuses are grouped by their first digit ({@code 2xx}, {@code 4xx}...) or kept
     * exact ({@code 201}, {@code 404}...). Default {@code true}; the original's {@code
     * should_group_status_codes}.
     *
     * @param groupStatusCodes {@code true} for status classes, {@code false} for exact statuses
     * @return this builder
     */
    public Builder groupStatusCodes(boolean groupStatusCodes) {
      this.groupStatusCodes = groupStatusCodes;
      return this;
    }

    /**
     * Whether requests that matched no route are left out. Default {@code false}; the original's
     * {@code should_ignore_untemplated}.
     *
     * @param ignoreUntemplated {@code true} to leave them out
     * @return this builder
     */
    public Builder ignoreUntemplated(boolean ignoreUntemplated) {
      this.ignoreUntemplated = ignoreUntemplated;
      return this;
    }

    /**
     * Whether requests that matched no route count under the handler {@code none} or under their
     * raw path (capped by {@link #untemplatedPathLimit}). Default {@code true}; the original's
     * {@code should_group_untemplated}.
     *
     * @param groupUntemplated {@code true} to count them under {@code none}
     * @return this builder
     */
    public Builder groupUntemplated(boolean groupUntemplated) {
      this.groupUntemplated = groupUntemplated;
      return this;
    }

    /**
     * Whether observed durations are rounded to {@link #roundLatencyDecimals} decimals of a
     * second. Default {@code false}; the original's {@code should_round_latency_decimals}.
     *
     * @param roundLatency {@code true} to round
     * @return this builder
     */
    public Builder roundLatency(boolean roundLatency) {
      this.roundLatency = roundLatency;
      return this;
    }

    /**
     * Decimals of a second kept when latencies are rounded, 0 to 9. Default 4; the original's
     * {@code round_latency_decimals}.
     *
     * @param decimals 0 to 9
     * @return this builder
     */
    public Builder roundLatencyDecimals(int decimals) {
      if (decimals < 0 || decimals > 9) {
        throw new IllegalArgumentException(
            "roundLatencyDecimals " + decimals + " is out of range: use 0 to 9"
                + " (9 decimals of a second are nanoseconds)");
      }
      this.roundLatencyDecimals = decimals;
      return this;
    }

    /**
     * Regular expressions searched (not matched whole) in each route template; a route where one
     * is found is not recorded. Replaces the default, {@code "^/metrics$"}; none at all records
     * every route. The original's {@code excluded_handlers}.
     *
     * @param regexes the regular expressions; none to record every route
     * @return this builder
     */
    public Builder excludedHandlers(String... regexes) {
      List<Pattern> patterns = new ArrayList<>(regexes.length);
      for (String regex : regexes) {
        if (regex == null) {
          throw new IllegalArgumentException("excluded handler null is not a regular expression");
        }
        try {
          patterns.add(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "excluded handler '" + regex + "' is not a valid regular expression: "
                  + e.getDescription(),
              e);
        }
      }
      this.excludedHandlers = patterns;
      return this;
    }

    /**
     * Upper bounds of the histogram buckets in seconds, strictly increasing; {@code +Inf} is added
     * when missing. Default {@link #DEFAULT_BUCKETS}: the original's 14 bounds, 0.005 to 10. The
     * original's {@code buckets}.
     *
     * @param upperBounds the bounds, strictly increasing
     * @return this builder
     */
    public Builder buckets(double... upperBounds) {
      if (upperBounds.length == 0) {
        throw new IllegalArgumentException("buckets must not be empty: give at least one bound");
      }
      for (int i = 0; i < upperBounds.length; i++) {
        double bound = upperBounds[i];
        if (Double.isNaN(bound)) {
          throw new IllegalArgumentException("bucket " + bound + " (index " + i + ") is NaN");
        }
        if (i > 0 && bound <= upperBounds[i - 1]) {
          throw new IllegalArgumentException(
              "buckets must be strictly increasing, but " + bound + " (index " + i
                  + ") follows " + upperBounds[i - 1] + ": " + Arrays.toString(upperBounds));
        }
      }
      this.buckets = upperBounds.clone();
      return this;
    }

    /**
     * Name of the histogram. Default {@code http_request_duration_seconds}; the original's {@code
     * metric_name}.
     *
     * @param metricName a valid Prometheus metric name
     * @return this builder
     */
    public Builder metricName(String metricName) {
      this.metricName = requireMetricName("metric name", metricName);
      return this;
    }

    /**
     * A prefix of the metric name, joined to it with an underscore ({@code bookstore} makes {@code
     * bookstore_http_request_duration_seconds}); empty for none. Default empty; the FastAPI
     * instrumentator's {@code namespace}.
     *
     * @param namespace a valid Prometheus name, or empty for none
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = requireNonNull(namespace, "namespace").isEmpty()
          ? ""
          : requireMetricName("namespace", namespace);
      return this;
    }

    /**
     * A second prefix, between the namespace and the metric name ({@code api} makes {@code
     * bookstore_api_http_request_duration_seconds}); empty for none. Default empty; the FastAPI
     * instrumentator's {@code subsystem}.
     *
     * @param subsystem a valid Prometheus name, or empty for none
     * @return this builder
     */
    public Builder subsystem(String subsystem) {
      this.subsystem = requireNonNull(subsystem, "subsystem").isEmpty()
          ? ""
          : requireMetricName("subsystem", subsystem);
      return this;
    }

    /**
     * Labels with one value on every series, such as {@code service="bookstore"}: what tells
     * apart the services that share a metric name, when the scrape configuration does not. Names
     * follow the rules of the other label names and differ from them. Default none; the FastAPI
     * instrumentator's {@code custom_labels}.
     *
     * @param labels each label's name and its value
     * @return this builder
     */
    public Builder constantLabels(Map<String, String> labels) {
      Map<String, String> checked = new LinkedHashMap<>();
      requireNonNull(labels, "labels").forEach((name, value) -> {
        requireLabelName(name);
        if (name.equals(methodLabel) || name.equals(handlerLabel) || name.equals(statusLabel)) {
          throw new IllegalArgumentException(
              "constant label '" + name + "' has the name of one of the three labels of every"
                  + " request (" + methodLabel + ", " + handlerLabel + ", " + statusLabel
                  + "): choose another");
        }
        if (value == null) {
          throw new IllegalArgumentException("constant label '" + name + "' has no value");
        }
        checked.put(name, value);
      });
      this.constantLabels = Collections.unmodifiableMap(checked);
      return this;
    }

    /**
     * Names of the three labels, by position: the label holding the HTTP method, the one holding
     * the route template, the one holding the status. Default {@code method, handler, status}; the
     * original's {@code label_names}.
     *
     * @param methodLabel the name of the label holding the HTTP method
     * @param handlerLabel the name of the label holding the route template
     * @param statusLabel the name of the label holding the status
     * @return this builder
     */
    public Builder labelNames(String methodLabel, String handlerLabel, String statusLabel) {
      Set<String> seen = new HashSet<>();
      for (String name : Arrays.asList(methodLabel, handlerLabel, statusLabel)) {
        requireLabelName(name);
        if (!seen.add(name)) {
          throw new IllegalArgumentException(
              "label name '" + name + "' is given twice: the three label names must differ");
        }
        if (constantLabels.containsKey(name)) {
          throw new IllegalArgumentException(
              "label name '" + name + "' is already the name of a constant label: choose another");
        }
      }
      this.methodLabel = methodLabel;
      this.handlerLabel = handlerLabel;
      this.statusLabel = statusLabel;
      return this;
    }

    /**
     * How many distinct raw paths may become handler labels when untemplated requests are not
     * grouped; requests to further paths count under {@code none}. Default 100, as Micrometer and
     * Quarkus cap theirs, so that no client can grow the metrics without bound.
     *
     * @param limit 0 or more
     * @return this builder
     */
    public Builder untemplatedPathLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException(
            "untemplatedPathLimit " + limit + " is negative: use 0 or more");
      }
      this.untemplatedPathLimit = limit;
      return this;
    }

    /**
     * Whether the histogram also keeps a native histogram: exponential buckets that follow the
     * observed durations, with no bounds to choose, which Prometheus reads from the protobuf
     * format when started with {@code --enable-feature=native-histograms}. The classic buckets
     * stay, for the text formats. Default {@code false}: classic buckets alone, the cheapest to
     * observe.
     *
     * @param nativeHistograms {@code true} to keep native buckets as well
     * @return this builder
     */
    public Builder nativeHistograms(boolean nativeHistograms) {
      this.nativeHistograms = nativeHistograms;
      return this;
    }

    /**
     * Whether the framework companion creates the series of every timed route at start-up, its
     * success status at zero, so that {@code rate()}, absence alerts and dashboards see every
     * endpoint from the first scrape, not from its first request (the Prometheus instrumentation
     * guide's "avoid missing metrics"). The routes are those the code declares, so their number is
     * known and bounded; start-up logs how many series it created. Default {@code false}.
     *
     * @param createSeriesAtStartup {@code true} to create them at start-up
     * @return this builder
     */
    public Builder createSeriesAtStartup(boolean createSeriesAtStartup) {
      this.createSeriesAtStartup = createSeriesAtStartup;
      return this;
    }

    /**
     * Whether to keep a counter of requests, {@code http_requests_total{method, handler, status}}
     * (after the namespace and subsystem, with the constant labels), beside the histogram, for
     * dashboards written for the FastAPI instrumentator's {@code requests()} metric. The
     * histogram's {@code _count} holds the same numbers. Default {@code false}.
     *
     * @param requestsTotal {@code true} to keep the counter
     * @return this builder
     */
    public Builder requestsTotal(boolean requestsTotal) {
      this.requestsTotal = requestsTotal;
      return this;
    }

    /**
     * Whether to keep the sizes of request and response bodies, {@code
     * http_request_size_bytes{method, handler, status}} and {@code http_response_size_bytes}
     * (summaries: a count and a sum, after the namespace and subsystem, with the constant labels),
     * for dashboards written for the FastAPI instrumentator's {@code request_size()} and {@code
     * response_size()}. A request's size is its {@code Content-Length} (0 when it has no body);
     * a response's is the bytes its body was written with, counted by the framework companion.
     * A size that is not known (a chunked request, a response the container writes itself) is
     * not observed. Default {@code false}.
     *
     * @param sizes {@code true} to keep the size metrics
     * @return this builder
     */
    public Builder sizes(boolean sizes) {
      this.sizes = sizes;
      return this;
    }

    /**
     * Whether a streamed response is timed until its handler returned, rather than until its body
     * has been written: Jersey's {@code StreamingOutput} and {@code ChunkedOutput}, Spring's {@code
     * StreamingResponseBody}, {@code ResponseBodyEmitter} and {@code SseEmitter}, whose writing
     * can take as long as the client reads or the stream lasts, and would swamp the latencies of
     * the route. They are still recorded once they end, with the status the client received; the
     * in-progress gauge counts them until then. Default {@code false}; the FastAPI
     * instrumentator's {@code should_exclude_streaming_duration}.
     *
     * @param excludeStreamingDuration {@code true} to stop the clock when the handler returns
     * @return this builder
     */
    public Builder excludeStreamingDuration(boolean excludeStreamingDuration) {
      this.excludeStreamingDuration = excludeStreamingDuration;
      return this;
    }

    /**
     * Whether observations may carry exemplars: prometheus-metrics samples the current
     * OpenTelemetry span (the SDK's, or the Java agent's) into each bucket's exemplar, so that the
     * OpenMetrics scrape links a latency to a trace. Default {@code true}, as prometheus-metrics
     * does. {@code false} leaves the sampler out entirely: with it, even with no tracer at all,
     * prometheus-metrics allocates some bytes now and then per series while trying to sample.
     *
     * @param exemplars {@code false} to leave the exemplar sampler out
     * @return this builder
     */
    public Builder exemplars(boolean exemplars) {
      this.exemplars = exemplars;
      return this;
    }

    /**
     * Whether to keep a gauge of the requests being handled, {@code http_requests_inprogress}
     * (after the namespace and subsystem, with the constant labels): up when a timed handler
     * method starts on a request, down when the response is complete, asynchronous ones
     * included. It needs a framework companion, which sees requests start; excluded handlers are
     * left out. Default {@code false}; the FastAPI instrumentator's {@code
     * should_instrument_requests_inprogress}.
     *
     * @param inProgress {@code true} to keep the gauge
     * @return this builder
     */
    public Builder inProgress(boolean inProgress) {
      this.inProgress = inProgress;
      return this;
    }

    /**
     * Name of the in-progress gauge. Default {@code http_requests_inprogress}; the FastAPI
     * instrumentator's {@code inprogress_name}.
     *
     * @param name a valid Prometheus metric name
     * @return this builder
     */
    public Builder inProgressName(String name) {
      this.inProgressName = requireMetricName("in-progress gauge name", name);
      return this;
    }

    /**
     * Whether the in-progress gauge has the method and handler labels (named as {@link
     * #labelNames} names them), or is one series for all requests. Default {@code false}; the
     * FastAPI instrumentator's {@code inprogress_labels}.
     *
     * @param inProgressLabels {@code true} for a series per method and handler
     * @return this builder
     */
    public Builder inProgressLabels(boolean inProgressLabels) {
      this.inProgressLabels = inProgressLabels;
      return this;
    }

    /**
     * Listeners called once per recorded request, in this order, to keep metrics of your own:
     * the FastAPI instrumentator's {@code add()}. Replaces those given before. Default none, and
     * then a request pays nothing for them.
     *
     * @param listeners the listeners, in the order they are called
     * @return this builder
     */
    public Builder listeners(RequestListener... listeners) {
      for (RequestListener listener : listeners) {
        if (listener == null) {
          throw new IllegalArgumentException("listener null is not a RequestListener");
        }
      }
      this.listeners = List.of(listeners);
      return this;
    }

    /**
     * The dialects the metrics speak: {@link Dialect#PROMETHEUS}, prometheus-flask-instrumentator's
     * histogram, which every other option of this builder shapes; {@link Dialect#OPENTELEMETRY},
     * {@code http.server.request.duration} as OpenTelemetry's semantic conventions define it; or
     * both, recording the same requests. With OpenTelemetry, {@link #sizes} also keeps {@code
     * http.server.request.body.size} and {@code http.server.response.body.size}, and {@link
     * #inProgress} {@code http.server.active_requests}; {@link #buckets}, {@link #constantLabels},
     * {@link #excludedHandlers}, {@link #ignoreUntemplated}, {@link #roundLatency} and {@link
     * #exemplars} hold for both. Default {@link Dialect#PROMETHEUS} alone.
     *
     * @param dialects one or both dialects
     * @return this builder
     */
    public Builder dialects(Dialect... dialects) {
      if (dialects.length == 0) {
        throw new IllegalArgumentException(
            "dialects must not be empty: give PROMETHEUS, OPENTELEMETRY or both");
      }
      Set<Dialect> chosen = EnumSet.noneOf(Dialect.class);
      for (Dialect dialect : dialects) {
        if (dialect == null) {
          throw new IllegalArgumentException(
              "dialect null is not a dialect: give PROMETHEUS, OPENTELEMETRY or both");
        }
        chosen.add(dialect);
      }
      this.dialects = Collections.unmodifiableSet(chosen);
      return this;
    }

    /**
     * The HTTP methods that are their own {@code http.request.method} in the OpenTelemetry
     * dialect; any other is {@code _OTHER}. A full override, as the conventions require. Default:
     * those of the environment variable {@code OTEL_INSTRUMENTATION_HTTP_KNOWN_METHODS}
     * (comma-separated) when it is set, else RFC 9110's methods, PATCH and QUERY.
     *
     * @param methods the known methods, case-sensitive
     * @return this builder
     */
    public Builder knownMethods(String... methods) {
      if (methods.length == 0) {
        throw new IllegalArgumentException(
            "knownMethods must not be empty: every request would count as _OTHER");
      }
      for (String method : methods) {
        if (method == null || !HTTP_TOKEN.matcher(method).matches()) {
          throw new IllegalArgumentException(
              "known method '" + method + "' is not an HTTP method: use a token such as GET or"
                  + " QUERY (letters, digits and !#$%&'*+-.^_`|~)");
        }
      }
      this.knownMethods = List.of(methods);
      return this;
    }

    /**
     * Creates the metrics and registers them in {@link PrometheusRegistry#defaultRegistry}: what
     * a metrics endpoint serves unless told otherwise.
     *
     * @return the metrics, registered
     * @throws IllegalStateException if the registry already holds a metric of one of their names
     */
    public HttpMetrics register() {
      return register(PrometheusRegistry.defaultRegistry);
    }

    /**
     * Creates the metrics and registers them in {@code registry}. There is no {@code build()}
     * that registers nothing: as with prometheus-metrics' own builders, {@code register} is what
     * makes metrics scrapable, and metrics no registry holds would be recorded for no one.
     *
     * @param registry where to register them
     * @return the metrics, registered
     * @throws IllegalStateException if the registry already holds a metric of one of their names;
     *     then none of them is registered
     */
    public HttpMetrics register(PrometheusRegistry registry) {
      this.registry = requireNonNull(registry, "registry");
      requireTheirDialect();
      return new HttpMetrics(this);
    }

    /**
     * Refuses options of the Prometheus dialect set away from their defaults when {@link
     * #dialects} leaves that dialect out: they would shape nothing, and say nothing.
     */
    private void requireTheirDialect() {
      if (dialects.contains(Dialect.PROMETHEUS)) {
        return;
      }
      List<String> unused = new ArrayList<>();
      Map<String, Boolean> awayFromDefault = new LinkedHashMap<>();
      awayFromDefault.put("groupStatusCodes", !groupStatusCodes);
      awayFromDefault.put("groupUntemplated", !groupUntemplated);
      awayFromDefault.put("untemplatedPathLimit", untemplatedPathLimit != DEFAULT_UNTEMPLATED_PATH_LIMIT);
      awayFromDefault.put("metricName", !metricName.equals(DEFAULT_METRIC_NAME));
      awayFromDefault.put("namespace", !namespace.isEmpty());
      awayFromDefault.put("subsystem", !subsystem.isEmpty());
      awayFromDefault.put(
          "labelNames",
          !List.of(methodLabel, handlerLabel, statusLabel)
              .equals(List.of(DEFAULT_METHOD_LABEL, DEFAULT_HANDLER_LABEL, DEFAULT_STATUS_LABEL)));
      awayFromDefault.put("nativeHistograms", nativeHistograms);
      awayFromDefault.put("requestsTotal", requestsTotal);
      awayFromDefault.put("inProgressName", !inProgressName.equals(DEFAULT_IN_PROGRESS_NAME));
      awayFromDefault.put("inProgressLabels", inProgressLabels);
      awayFromDefault.put("createSeriesAtStartup", createSeriesAtStartup);
      awayFromDefault.forEach(
          (option, set) -> {
            if (set) {
              unused.add(option + " (Spring Boot: " + propertyOf(option) + ")");
            }
          });
      if (!unused.isEmpty()) {
        throw new IllegalArgumentException(
            String.join(", ", unused) + " shape the Prometheus dialect, which dialects"
                + dialects + " leaves out: add PROMETHEUS to the dialects, or leave "
                + (unused.size() == 1 ? "it" : "them") + " at the default");
      }
    }

    /** The Spring Boot property of a builder option: {@code instrumentator.requests-total}. */
    private static String propertyOf(String option) {
      return "instrumentator." + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static String requireMetricName(String what, String name) {
      String problem =
          name == null || !METRIC_NAME.matcher(name).matches()
              ? "use letters, digits, underscores and colons, not starting with a digit"
              : PrometheusNaming.validateMetricName(name);
      if (problem != null) {
        throw new IllegalArgumentException(
            what + " '" + name + "' is not a valid Prometheus name: " + problem);
      }
      return name;
    }

    private static void requireLabelName(String name) {
      if (name == null || !LABEL_NAME.matcher(name).matches() || name.startsWith("__")) {
        throw new IllegalArgumentException(
            "label name '" + name + "' is not a valid Prometheus label name:"
                + " use letters, digits and underscores, not starting with a digit or '__'");
      }
      if (name.equals("le")) {
        throw new IllegalArgumentException(
            "label name 'le' is reserved for the bucket bounds of a histogram: choose another");
      }
    }

    /** A metric's name with the namespace and subsystem, as prometheus_client joins them. */
    private String fullName(String metricName) {
      StringJoiner name = new StringJoiner("_");
      for (String part : List.of(namespace, subsystem, metricName)) {
        if (!part.isEmpty()) {
          name.add(part);
        }
      }
      return name.toString();
    }

    private Counter buildRequestsTotal() {
      String name = fullName("http_requests_total");
      String help = "Total number of requests by method, handler and status";
      Counter.Builder counter =
          Counter.builder()
              .name(name)
              .help(help)
              .labelNames(methodLabel, handlerLabel, statusLabel);
      if (!constantLabels.isEmpty()) {
        counter.constLabels(constantLabels());
      }
      if (!exemplars) {
        counter.withoutExemplars();
      }
      return register(name, help, null, () -> counter.register(registry));
    }

    private Summary buildSize(String metricName, String help) {
      String name = fullName(metricName);
      Summary.Builder summary =
          Summary.builder()
              .name(name)
              .help(help)
              .unit(Unit.BYTES)
              .labelNames(methodLabel, handlerLabel, statusLabel);
      if (!constantLabels.isEmpty()) {
        summary.constLabels(constantLabels());
      }
      if (!exemplars) {
        summary.withoutExemplars();
      }
      return register(name, help, null, () -> summary.register(registry));
    }

    private Gauge buildInProgress() {
      String name = fullName(inProgressName);
      String help = "Number of HTTP requests in progress";
      Gauge.Builder gauge = Gauge.builder().name(name).help(help).withoutExemplars();
      if (inProgressLabels) {
        gauge.labelNames(methodLabel, handlerLabel);
      }
      if (!constantLabels.isEmpty()) {
        gauge.constLabels(constantLabels());
      }
      return register(name, help, "inProgressName", () -> gauge.register(registry));
    }

    /** The OpenTelemetry dialect's metrics, each registered and kept in {@code registered}. */
    private OpenTelemetryMetrics buildOpenTelemetry(List<Collector> registered) {
      Histogram duration = otelHistogram(OpenTelemetryMetrics.durationBuilder(buckets));
      add(registered, registerOtel(duration));
      Histogram requestBodySize = null;
      Histogram responseBodySize = null;
      if (sizes) {
        requestBodySize = otelHistogram(OpenTelemetryMetrics.bodySizeBuilder(
            OpenTelemetryMetrics.REQUEST_BODY_SIZE, "Size of HTTP server request bodies"));
        add(registered, registerOtel(requestBodySize));
        responseBodySize = otelHistogram(OpenTelemetryMetrics.bodySizeBuilder(
            OpenTelemetryMetrics.RESPONSE_BODY_SIZE, "Size of HTTP server response bodies"));
        add(registered, registerOtel(responseBodySize));
      }
      Gauge activeRequests = null;
      if (inProgress) {
        Gauge.Builder gauge = OpenTelemetryMetrics.activeRequestsBuilder();
        if (!constantLabels.isEmpty()) {
          gauge.constLabels(constantLabels());
        }
        activeRequests =
            add(registered, register(OpenTelemetryMetrics.ACTIVE_REQUESTS,
                "Number of active HTTP server requests", null, () -> gauge.register(registry)));
      }
      List<String> known =
          knownMethods != null
              ? knownMethods
              : OpenTelemetryMetrics.knownMethodsFrom(
                  System.getenv(OpenTelemetryMetrics.KNOWN_METHODS_VARIABLE));
      return new OpenTelemetryMetrics(
          duration, requestBodySize, responseBodySize, activeRequests, known, dataPoints);
    }

    private Histogram otelHistogram(Histogram.Builder histogram) {
      if (!constantLabels.isEmpty()) {
        histogram.constLabels(constantLabels());
      }
      if (!exemplars) {
        histogram.withoutExemplars();
      }
      return histogram.build();
    }

    /** Registers an OpenTelemetry histogram, as scraped without the labels it leaves out. */
    private Collector registerOtel(Histogram histogram) {
      Collector collector = OpenTelemetryMetrics.withoutAbsentLabels(histogram);
      String help = histogram.collect().getMetadata().getHelp();
      return register(histogram.getPrometheusName(), help, null, () -> {
        registry.register(collector);
        return collector;
      });
    }

    private Labels constantLabels() {
      return Labels.of(List.copyOf(constantLabels.keySet()), List.copyOf(constantLabels.values()));
    }

    private Histogram buildHistogram() {
      String name = fullName(metricName);
      Histogram.Builder histogram =
          Histogram.builder()
              .name(name)
              .help(HELP)
              .labelNames(methodLabel, handlerLabel, statusLabel)
              .classicUpperBounds(buckets);
      if (!nativeHistograms) {
        histogram.classicOnly();
      }
      if (name.endsWith("_seconds")) {
        histogram.unit(Unit.SECONDS);
      }
      if (!constantLabels.isEmpty()) {
        histogram.constLabels(constantLabels());
      }
      if (!exemplars) {
        histogram.withoutExemplars();
      }
      return register(name, HELP, "metricName", () -> histogram.register(registry));
    }

    /**
     * Registers one of the metrics, unless a metric of someone else's already has its name:
     * prometheus-metrics refuses a second metric of a name only when the first declared the name
     * at registration, and one that did not (a custom {@code Collector}, the simpleclient bridge,
     * Micrometer's meters) would make every scrape of the registry fail instead.
     *
     * @param nameOption the option that names this metric, if there is one besides the prefixes
     */
    private <T> T register(
        String name, String help, String nameOption, Supplier<T> registration) {
      String other = otherOwner(name, help);
      if (other != null) {
        String options = nameOption == null ? "" : nameOption + ", ";
        String properties = nameOption == null ? "" : propertyOf(nameOption) + ", ";
        throw new IllegalStateException(
            "cannot register the metric '" + name + "': the registry already has " + other
                + ", which is not instrumentator's, and a scrape of both would fail or mix them."
                + " Rename instrumentator's with " + options + "namespace or subsystem (Spring Boot: "
                + properties + "instrumentator.namespace or instrumentator.subsystem), or rename the"
                + " other.");
      }
      try {
        return registration.get();
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new IllegalStateException(
            "cannot register the metric '" + name + "': " + e.getMessage()
                + ". Build HttpMetrics once per registry, or give each its own metricName or namespace.",
            e);
      }
    }

    /**
     * What else in the registry exposes {@code name}, described for a message, or null if nothing
     * does. A metric with instrumentator's help text is taken for instrumentator's own, which
     * registration itself refuses to repeat.
     */
    private String otherOwner(String name, String help) {
      String prometheusName = PrometheusNaming.prometheusName(name);
      MetricSnapshots existing;
      try {
        existing = registry.scrape(prometheusName::equals);
      } catch (RuntimeException e) {
        // A collector that fails on its own: not a clash with this metric to report here.
        return null;
      }
      for (MetricSnapshot snapshot : existing) {
        if (!help.equals(snapshot.getMetadata().getHelp())) {
          String otherHelp = snapshot.getMetadata().getHelp();
          return kind(snapshot) + " of that name"
              + (otherHelp == null || otherHelp.isBlank() ? "" : " (\"" + otherHelp + "\")");
        }
      }
      return null;
    }

    private static String kind(MetricSnapshot snapshot) {
      if (snapshot instanceof CounterSnapshot) {
        return "a counter";
      }
      if (snapshot instanceof GaugeSnapshot) {
        return "a gauge";
      }
      if (snapshot instanceof HistogramSnapshot) {
        return "a histogram";
      }
      if (snapshot instanceof SummarySnapshot) {
        return "a summary";
      }
      return "a metric";
    }
  }
}
