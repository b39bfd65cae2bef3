package dev.instrumentator.spring;

import dev.instrumentator.runtime.HttpMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code instrumentator.*} configuration properties: every option of {@link HttpMetrics},
 * with its defaults (those of prometheus-flask-instrumentator), and the switches of the
 * auto-configuration. A bad value stops start-up with an {@link IllegalArgumentException} that
 * names the property.
 *
 * <p>The defaults are those of {@link HttpMetrics}, spelled out here so that Spring Boot's
 * configuration processor writes them into the metadata IDEs read (a test checks that they
 * agree).
 */
@ConfigurationProperties(prefix = "instrumentator")
public class InstrumentatorProperties {
  /** Whether the status label shows the status class (2xx) rather than the status (200). */
  private boolean groupStatusCodes = true;

  /** Whether requests that matched no handler method (a routing 404 or 405) are left out. */
  private boolean ignoreUntemplated = false;

  /**
   * Whether requests that matched no handler method count under the handler "none"; if not,
   * under their raw path, up to untemplated-path-limit paths.
   */
  private boolean groupUntemplated = true;

  /** Whether to round each duration to round-latency-decimals decimals. */
  private boolean roundLatency = false;

  /** Decimals that durations are rounded to when round-latency is true. */
  private int roundLatencyDecimals = 4;

  /**
   * Regular expressions of handlers (route templates or raw paths) that are not recorded,
   * searched anywhere in the handler. The default excludes the metrics endpoint alone.
   */
  private List<String> excludedHandlers =
      new ArrayList<>(List.of(HttpMetrics.DEFAULT_EXCLUDED_HANDLER));

  /**
   * Upper bounds of the histogram's buckets, in seconds; +Inf is added. Empty: the default,
   * prometheus-flask-instrumentator's 14 bounds (0.005 to 10).
   */
  private List<Double> buckets = new ArrayList<>();

  /** Name of the histogram. */
  private String metricName = "http_request_duration_seconds";

  /** Prefix of the metric name, joined with an underscore ("bookstore" makes bookstore_http_...). */
  private String namespace = "";

  /** Second prefix of the metric name, between the namespace and the name. */
  private String subsystem = "";

  /** Labels with one value on every series, such as service=bookstore. */
  private Map<String, String> constantLabels = new LinkedHashMap<>();

  /** Names of the histogram's labels. */
  private final LabelNames labelNames = new LabelNames();

  /** Raw paths kept as handlers when untemplated requests are not grouped; later ones count as "none". */
  private int untemplatedPathLimit = 100;

  /** Whether the histogram also keeps native (exponential) buckets. */
  private boolean nativeHistograms = false;

  /**
   * Whether to create each timed route's success series at zero at start-up, so that the first
   * scrape shows every endpoint.
   */
  private boolean createSeriesAtStartup = false;

  /** Whether to keep a counter of requests, http_requests_total, beside the histogram. */
  private boolean requestsTotal = false;

  /**
   * Whether to keep the sizes of request and response bodies, http_request_size_bytes and
   * http_response_size_bytes.
   */
  private boolean sizes = false;

  /**
   * Whether a streamed response (StreamingResponseBody, ResponseBodyEmitter, SseEmitter) is
   * timed until its handler returns, rather than until its body has been written.
   */
  private boolean excludeStreamingDuration = false;

  /**
   * Whether to keep a gauge of the requests being handled by timed handler methods,
   * http_requests_inprogress.
   */
  private boolean inProgress = false;

  /** Name of the in-progress gauge. */
  private String inProgressName = "http_requests_inprogress";

  /** Whether the in-progress gauge has the method and handler labels, rather than one series. */
  private boolean inProgressLabels = false;

  /** Whether observations may carry exemplars of the current OpenTelemetry span. */
  private boolean exemplars = true;

  /** A metrics endpoint of instrumentator's own, for applications without actuator. */
  private final MetricsEndpoint metricsEndpoint = new MetricsEndpoint();

  /**
   * The dialects the metrics speak: prometheus (http_request_duration_seconds, which the other
   * properties shape), opentelemetry (http.server.request.duration by OpenTelemetry's semantic
   * conventions), or both.
   */
  private List<HttpMetrics.Dialect> dialects = new ArrayList<>(List.of(HttpMetrics.Dialect.PROMETHEUS));

  /**
   * The HTTP methods that are their own http.request.method in the opentelemetry dialect; others
   * are _OTHER. Empty: OTEL_INSTRUMENTATION_HTTP_KNOWN_METHODS if set, else RFC 9110's methods,
   * PATCH and QUERY.
   */
  private List<String> knownMethods = new ArrayList<>();

  /**
   * Order of the servlet filter that times requests. The default puts it right after Spring's
   * observation filter and ahead of Spring Security (-100), so that refused requests count too.
   */
  private int filterOrder = InstrumentatorAutoConfiguration.FILTER_ORDER;

  /**
   * {@code instrumentator.group-status-codes}: whether the status label shows the status class
   * (2xx) rather than the status (200).
   *
   * @return its value
   */
  public boolean isGroupStatusCodes() {
    return groupStatusCodes;
  }

  /**
   * Sets {@code instrumentator.group-status-codes}: whether the status label shows the status class
   * (2xx) rather than the status (200).
   *
   * @param groupStatusCodes its value
   */
  public void setGroupStatusCodes(boolean groupStatusCodes) {
    this.groupStatusCodes = groupStatusCodes;
  }

  /**
   * {@code instrumentator.ignore-untemplated}: whether requests that matched no handler method (a
   * routing 404 or 405) are left out.
   *
   * @return its value
   */
  public boolean isIgnoreUntemplated() {
    return ignoreUntemplated;
  }

  /**
   * Sets {@code instrumentator.ignore-untemplated}: whether requests that matched no handler method
   * (a routing 404 or 405) are left out.
   *
   * @param ignoreUntemplated its value
   */
  public void setIgnoreUntemplated(boolean ignoreUntemplated) {
    this.ignoreUntemplated = ignoreUntemplated;
  }

  /**
   * {@code instrumentator.group-untemplated}: whether requests that matched no handler method count
   * under the handler "none"; if not, under their raw path, up to untemplated-path-limit paths.
   *
   * @return its value
   */
  public boolean isGroupUntemplated() {
    return groupUntemplated;
  }

  /**
   * Sets {@code instrumentator.group-untemplated}: whether requests that matched no handler method
   * count under the handler "none"; if not, under their raw path, up to untemplated-path-limit
   * paths.
   *
   * @param groupUntemplated its value
   */
  public void setGroupUntemplated(boolean groupUntemplated) {
    this.groupUntemplated = groupUntemplated;
  }

  /**
   * {@code instrumentator.round-latency}: whether to round each duration to round-latency-decimals
   * decimals.
   *
   * @return its value
   */
  public boolean isRoundLatency() {
    return roundLatency;
  }

  /**
   * Sets {@code instrumentator.round-latency}: whether to round each duration to
   * round-latency-decimals decimals.
   *
   * @param roundLatency its value
   */
  public void setRoundLatency(boolean roundLatency) {
    this.roundLatency = roundLatency;
  }

  /**
   * {@code instrumentator.round-latency-decimals}: decimals that durations are rounded to when
   * round-latency is true.
   *
   * @return its value
   */
  public int getRoundLatencyDecimals() {
    return roundLatencyDecimals;
  }

  /**
   * Sets {@code instrumentator.round-latency-decimals}: decimals that durations are rounded to when
   * round-latency is true.
   *
   * @param roundLatencyDecimals its value
   */
  public void setRoundLatencyDecimals(int roundLatencyDecimals) {
    this.roundLatencyDecimals = roundLatencyDecimals;
  }

  /**
   * {@code instrumentator.excluded-handlers}: regular expressions of handlers (route templates or
   * raw paths) that are not recorded, searched anywhere in the handler. The default excludes the
   * metrics endpoint alone.
   *
   * @return its value
   */
  public List<String> getExcludedHandlers() {
    return excludedHandlers;
  }

  /**
   * Sets {@code instrumentator.excluded-handlers}: regular expressions of handlers (route templates
   * or raw paths) that are not recorded, searched anywhere in the handler. The default excludes the
   * metrics endpoint alone.
   *
   * @param excludedHandlers its value
   */
  public void setExcludedHandlers(List<String> excludedHandlers) {
    this.excludedHandlers = excludedHandlers;
  }

  /**
   * {@code instrumentator.buckets}: upper bounds of the histogram's buckets, in seconds; +Inf is
   * added. Empty: the default, prometheus-flask-instrumentator's 14 bounds (0.005 to 10).
   *
   * @return its value
   */
  public List<Double> getBuckets() {
    return buckets;
  }

  /**
   * Sets {@code instrumentator.buckets}: upper bounds of the histogram's buckets, in seconds; +Inf
   * is added. Empty: the default, prometheus-flask-instrumentator's 14 bounds (0.005 to 10).
   *
   * @param buckets its value
   */
  public void setBuckets(List<Double> buckets) {
    this.buckets = buckets;
  }

  /**
   * {@code instrumentator.metric-name}: name of the histogram.
   *
   * @return its value
   */
  public String getMetricName() {
    return metricName;
  }

  /**
   * Sets {@code instrumentator.metric-name}: name of the histogram.
   *
   * @param metricName its value
   */
  public void setMetricName(String metricName) {
    this.metricName = metricName;
  }

  /**
   * {@code instrumentator.namespace}: prefix of the metric name, joined with an underscore
   * ("bookstore" makes bookstore_http_...).
   *
   * @return its value
   */
  public String getNamespace() {
    return namespace;
  }

  /**
   * Sets {@code instrumentator.namespace}: prefix of the metric name, joined with an underscore
   * ("bookstore" makes bookstore_http_...).
   *
   * @param namespace its value
   */
  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  /**
   * {@code instrumentator.subsystem}: second prefix of the metric name, between the namespace and
   * the name.
   *
   * @return its value
   */
  public String getSubsystem() {
    return subsystem;
  }

  /**
   * Sets {@code instrumentator.subsystem}: second prefix of the metric name, between the namespace
   * and the name.
   *
   * @param subsystem its value
   */
  public void setSubsystem(String subsystem) {
    this.subsystem = subsystem;
  }

  /**
   * {@code instrumentator.constant-labels}: labels with one value on every series, such as
   * service=bookstore.
   *
   * @return its value
   */
  public Map<String, String> getConstantLabels() {
    return constantLabels;
  }

  /**
   * Sets {@code instrumentator.constant-labels}: labels with one value on every series, such as
   * service=bookstore.
   *
   * @param constantLabels its value
   */
  public void setConstantLabels(Map<String, String> constantLabels) {
    this.constantLabels = constantLabels;
  }

  /**
   * {@code instrumentator.label-names}: names of the histogram's labels.
   *
   * @return its value
   */
  public LabelNames getLabelNames() {
    return labelNames;
  }

  /**
   * {@code instrumentator.untemplated-path-limit}: raw paths kept as handlers when untemplated
   * requests are not grouped; later ones count as "none".
   *
   * @return its value
   */
  public int getUntemplatedPathLimit() {
    return untemplatedPathLimit;
  }

  /**
   * Sets {@code instrumentator.untemplated-path-limit}: raw paths kept as handlers when untemplated
   * requests are not grouped; later ones count as "none".
   *
   * @param untemplatedPathLimit its value
   */
  public void setUntemplatedPathLimit(int untemplatedPathLimit) {
    this.untemplatedPathLimit = untemplatedPathLimit;
  }

  /**
   * {@code instrumentator.native-histograms}: whether the histogram also keeps native (exponential)
   * buckets.
   *
   * @return its value
   */
  public boolean isNativeHistograms() {
    return nativeHistograms;
  }

  /**
   * Sets {@code instrumentator.native-histograms}: whether the histogram also keeps native
   * (exponential) buckets.
   *
   * @param nativeHistograms its value
   */
  public void setNativeHistograms(boolean nativeHistograms) {
    this.nativeHistograms = nativeHistograms;
  }

  /**
   * {@code instrumentator.create-series-at-startup}: whether to create each timed route's success
   * series at zero at start-up, so that the first scrape shows every endpoint.
   *
   * @return its value
   */
  public boolean isCreateSeriesAtStartup() {
    return createSeriesAtStartup;
  }

  /**
   * Sets {@code instrumentator.create-series-at-startup}: whether to create each timed route's
   * success series at zero at start-up, so that the first scrape shows every endpoint.
   *
   * @param createSeriesAtStartup its value
   */
  public void setCreateSeriesAtStartup(boolean createSeriesAtStartup) {
    this.createSeriesAtStartup = createSeriesAtStartup;
  }

  /**
   * {@code instrumentator.sizes}: whether to keep the sizes of request and response bodies,
   * http_request_size_bytes and http_response_size_bytes.
   *
   * @return its value
   */
  public boolean isSizes() {
    return sizes;
  }

  /**
   * Sets {@code instrumentator.sizes}: whether to keep the sizes of request and response bodies,
   * http_request_size_bytes and http_response_size_bytes.
   *
   * @param sizes its value
   */
  public void setSizes(boolean sizes) {
    this.sizes = sizes;
  }

  /**
   * {@code instrumentator.exclude-streaming-duration}: whether a streamed response
   * (StreamingResponseBody, ResponseBodyEmitter, SseEmitter) is timed until its handler returns,
   * rather than until its body has been written.
   *
   * @return its value
   */
  public boolean isExcludeStreamingDuration() {
    return excludeStreamingDuration;
  }

  /**
   * Sets {@code instrumentator.exclude-streaming-duration}: whether a streamed response
   * (StreamingResponseBody, ResponseBodyEmitter, SseEmitter) is timed until its handler returns,
   * rather than until its body has been written.
   *
   * @param excludeStreamingDuration its value
   */
  public void setExcludeStreamingDuration(boolean excludeStreamingDuration) {
    this.excludeStreamingDuration = excludeStreamingDuration;
  }

  /**
   * {@code instrumentator.requests-total}: whether to keep a counter of requests,
   * http_requests_total, beside the histogram.
   *
   * @return its value
   */
  public boolean isRequestsTotal() {
    return requestsTotal;
  }

  /**
   * Sets {@code instrumentator.requests-total}: whether to keep a counter of requests,
   * http_requests_total, beside the histogram.
   *
   * @param requestsTotal its value
   */
  public void setRequestsTotal(boolean requestsTotal) {
    this.requestsTotal = requestsTotal;
  }

  /**
   * {@code instrumentator.in-progress}: whether to keep a gauge of the requests being handled by
   * timed handler methods, http_requests_inprogress.
   *
   * @return its value
   */
  public boolean isInProgress() {
    return inProgress;
  }

  /**
   * Sets {@code instrumentator.in-progress}: whether to keep a gauge of the requests being handled
   * by timed handler methods, http_requests_inprogress.
   *
   * @param inProgress its value
   */
  public void setInProgress(boolean inProgress) {
    this.inProgress = inProgress;
  }

  /**
   * {@code instrumentator.in-progress-name}: name of the in-progress gauge.
   *
   * @return its value
   */
  public String getInProgressName() {
    return inProgressName;
  }

  /**
   * Sets {@code instrumentator.in-progress-name}: name of the in-progress gauge.
   *
   * @param inProgressName its value
   */
  public void setInProgressName(String inProgressName) {
    this.inProgressName = inProgressName;
  }

  /**
   * {@code instrumentator.in-progress-labels}: whether the in-progress gauge has the method and
   * handler labels, rather than one series.
   *
   * @return its value
   */
  public boolean isInProgressLabels() {
    return inProgressLabels;
  }

  /**
   * Sets {@code instrumentator.in-progress-labels}: whether the in-progress gauge has the method
   * and handler labels, rather than one series.
   *
   * @param inProgressLabels its value
   */
  public void setInProgressLabels(boolean inProgressLabels) {
    this.inProgressLabels = inProgressLabels;
  }

  /**
   * {@code instrumentator.exemplars}: whether observations may carry exemplars of the current
   * OpenTelemetry span.
   *
   * @return its value
   */
  public boolean isExemplars() {
    return exemplars;
  }

  /**
   * Sets {@code instrumentator.exemplars}: whether observations may carry exemplars of the current
   * OpenTelemetry span.
   *
   * @param exemplars its value
   */
  public void setExemplars(boolean exemplars) {
    this.exemplars = exemplars;
  }

  /**
   * {@code instrumentator.metrics-endpoint}: a metrics endpoint of instrumentator's own, for
   * applications without actuator.
   *
   * @return its value
   */
  public MetricsEndpoint getMetricsEndpoint() {
    return metricsEndpoint;
  }

  /**
   * {@code instrumentator.filter-order}: order of the servlet filter that times requests. The
   * default puts it right after Spring's observation filter and ahead of Spring Security (-100), so
   * that refused requests count too.
   *
   * @return its value
   */
  public int getFilterOrder() {
    return filterOrder;
  }

  /**
   * Sets {@code instrumentator.filter-order}: order of the servlet filter that times requests. The
   * default puts it right after Spring's observation filter and ahead of Spring Security (-100), so
   * that refused requests count too.
   *
   * @param filterOrder its value
   */
  public void setFilterOrder(int filterOrder) {
    this.filterOrder = filterOrder;
  }

  /**
   * {@code instrumentator.dialects}: the dialects the metrics speak, prometheus,
   * opentelemetry or both.
   *
   * @return its value
   */
  public List<HttpMetrics.Dialect> getDialects() {
    return dialects;
  }

  /**
   * Sets {@code instrumentator.dialects}: the dialects the metrics speak, prometheus,
   * opentelemetry or both.
   *
   * @param dialects its value
   */
  public void setDialects(List<HttpMetrics.Dialect> dialects) {
    this.dialects = dialects;
  }

  /**
   * {@code instrumentator.known-methods}: the HTTP methods that are their own
   * http.request.method in the opentelemetry dialect. Empty: the default.
   *
   * @return its value
   */
  public List<String> getKnownMethods() {
    return knownMethods;
  }

  /**
   * Sets {@code instrumentator.known-methods}: the HTTP methods that are their own
   * http.request.method in the opentelemetry dialect. Empty: the default.
   *
   * @param knownMethods its value
   */
  public void setKnownMethods(List<String> knownMethods) {
    this.knownMethods = knownMethods;
  }

  /**
   * The options of {@link HttpMetrics} these properties set.
   *
   * @throws IllegalArgumentException naming the property whose value the option refuses
   */
  HttpMetrics.Builder metrics() {
    HttpMetrics.Builder builder =
        HttpMetrics.builder()
            .groupStatusCodes(groupStatusCodes)
            .ignoreUntemplated(ignoreUntemplated)
            .groupUntemplated(groupUntemplated)
            .roundLatency(roundLatency)
            .nativeHistograms(nativeHistograms)
            .createSeriesAtStartup(createSeriesAtStartup)
            .requestsTotal(requestsTotal)
            .sizes(sizes)
            .excludeStreamingDuration(excludeStreamingDuration)
            .exemplars(exemplars)
            .inProgress(inProgress)
            .inProgressLabels(inProgressLabels);
    option("in-progress-name", inProgressName, () -> builder.inProgressName(inProgressName));
    option("round-latency-decimals", roundLatencyDecimals,
        () -> builder.roundLatencyDecimals(roundLatencyDecimals));
    option("excluded-handlers", excludedHandlers,
        () -> builder.excludedHandlers(excludedHandlers.toArray(String[]::new)));
    if (!buckets.isEmpty()) {
      option("buckets", buckets,
          () -> builder.buckets(buckets.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    option("metric-name", metricName, () -> builder.metricName(metricName));
    option("label-names",
        List.of(labelNames.method, labelNames.handler, labelNames.status),
        () -> builder.labelNames(labelNames.method, labelNames.handler, labelNames.status));
    option("namespace", namespace, () -> builder.namespace(namespace));
    option("subsystem", subsystem, () -> builder.subsystem(subsystem));
    option("constant-labels", constantLabels, () -> builder.constantLabels(constantLabels));
    option("untemplated-path-limit", untemplatedPathLimit,
        () -> builder.untemplatedPathLimit(untemplatedPathLimit));
    option("dialects", dialects,
        () -> builder.dialects(dialects.toArray(HttpMetrics.Dialect[]::new)));
    if (!knownMethods.isEmpty()) {
      option("known-methods", knownMethods,
          () -> builder.knownMethods(knownMethods.toArray(String[]::new)));
    }
    return builder;
  }

  private static void option(String property, Object value, Runnable set) {
    try {
      set.run();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "instrumentator." + property + "=" + value + " is refused: " + e.getMessage(), e);
    }
  }

  /** The names of the histogram's three labels, in their order. */
  public static class LabelNames {
    /** Name of the label that holds the request's HTTP method. */
    private String method = "method";

    /** Name of the label that holds the route template. */
    private String handler = "handler";

    /** Name of the label that holds the response status. */
    private String status = "status";

    /**
     * {@code instrumentator.label-names.method}: name of the label that holds the request's HTTP
     * method.
     *
     * @return its value
     */
    public String getMethod() {
      return method;
    }

    /**
     * Sets {@code instrumentator.label-names.method}: name of the label that holds the request's
     * HTTP method.
     *
     * @param method its value
     */
    public void setMethod(String method) {
      this.method = method;
    }

    /**
     * {@code instrumentator.label-names.handler}: name of the label that holds the route template.
     *
     * @return its value
     */
    public String getHandler() {
      return handler;
    }

    /**
     * Sets {@code instrumentator.label-names.handler}: name of the label that holds the route
     * template.
     *
     * @param handler its value
     */
    public void setHandler(String handler) {
      this.handler = handler;
    }

    /**
     * {@code instrumentator.label-names.status}: name of the label that holds the response status.
     *
     * @return its value
     */
    public String getStatus() {
      return status;
    }

    /**
     * Sets {@code instrumentator.label-names.status}: name of the label that holds the response
     * status.
     *
     * @param status its value
     */
    public void setStatus(String status) {
      this.status = status;
    }
  }

  /**
   * A servlet that serves the registry the histogram is in, for an application without
   * actuator's /actuator/prometheus.
   */
  public static class MetricsEndpoint {
    /** Whether to serve the metrics at path. */
    private boolean enabled = false;

    /** Where to serve them. */
    private String path = "/metrics";

    /**
     * {@code instrumentator.metrics-endpoint.enabled}: whether to serve the metrics at path.
     *
     * @return its value
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code instrumentator.metrics-endpoint.enabled}: whether to serve the metrics at path.
     *
     * @param enabled its value
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * {@code instrumentator.metrics-endpoint.path}: where to serve them.
     *
     * @return its value
     */
    public String getPath() {
      return path;
    }

    /**
     * Sets {@code instrumentator.metrics-endpoint.path}: where to serve them.
     *
     * @param path its value
     */
    public void setPath(String path) {
      this.path = path;
    }
  }
}
