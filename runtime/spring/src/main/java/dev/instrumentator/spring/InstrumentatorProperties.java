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
   * Upper bounds of the histogram's buckets, in seconds; +Inf is added. Empty: Prometheus's
   * defaults.
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
   * Order of the servlet filter that times requests. The default puts it right after Spring's
   * observation filter and ahead of Spring Security (-100), so that refused requests count too.
   */
  private int filterOrder = InstrumentatorAutoConfiguration.FILTER_ORDER;

  public boolean isGroupStatusCodes() {
    return groupStatusCodes;
  }

  public void setGroupStatusCodes(boolean groupStatusCodes) {
    this.groupStatusCodes = groupStatusCodes;
  }

  public boolean isIgnoreUntemplated() {
    return ignoreUntemplated;
  }

  public void setIgnoreUntemplated(boolean ignoreUntemplated) {
    this.ignoreUntemplated = ignoreUntemplated;
  }

  public boolean isGroupUntemplated() {
    return groupUntemplated;
  }

  public void setGroupUntemplated(boolean groupUntemplated) {
    this.groupUntemplated = groupUntemplated;
  }

  public boolean isRoundLatency() {
    return roundLatency;
  }

  public void setRoundLatency(boolean roundLatency) {
    this.roundLatency = roundLatency;
  }

  public int getRoundLatencyDecimals() {
    return roundLatencyDecimals;
  }

  public void setRoundLatencyDecimals(int roundLatencyDecimals) {
    this.roundLatencyDecimals = roundLatencyDecimals;
  }

  public List<String> getExcludedHandlers() {
    return excludedHandlers;
  }

  public void setExcludedHandlers(List<String> excludedHandlers) {
    this.excludedHandlers = excludedHandlers;
  }

  public List<Double> getBuckets() {
    return buckets;
  }

  public void setBuckets(List<Double> buckets) {
    this.buckets = buckets;
  }

  public String getMetricName() {
    return metricName;
  }

  public void setMetricName(String metricName) {
    this.metricName = metricName;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getSubsystem() {
    return subsystem;
  }

  public void setSubsystem(String subsystem) {
    this.subsystem = subsystem;
  }

  public Map<String, String> getConstantLabels() {
    return constantLabels;
  }

  public void setConstantLabels(Map<String, String> constantLabels) {
    this.constantLabels = constantLabels;
  }

  public LabelNames getLabelNames() {
    return labelNames;
  }

  public int getUntemplatedPathLimit() {
    return untemplatedPathLimit;
  }

  public void setUntemplatedPathLimit(int untemplatedPathLimit) {
    this.untemplatedPathLimit = untemplatedPathLimit;
  }

  public boolean isNativeHistograms() {
    return nativeHistograms;
  }

  public void setNativeHistograms(boolean nativeHistograms) {
    this.nativeHistograms = nativeHistograms;
  }

  public boolean isCreateSeriesAtStartup() {
    return createSeriesAtStartup;
  }

  public void setCreateSeriesAtStartup(boolean createSeriesAtStartup) {
    this.createSeriesAtStartup = createSeriesAtStartup;
  }

  public boolean isSizes() {
    return sizes;
  }

  public void setSizes(boolean sizes) {
    this.sizes = sizes;
  }

  public boolean isExcludeStreamingDuration() {
    return excludeStreamingDuration;
  }

  public void setExcludeStreamingDuration(boolean excludeStreamingDuration) {
    this.excludeStreamingDuration = excludeStreamingDuration;
  }

  public boolean isRequestsTotal() {
    return requestsTotal;
  }

  public void setRequestsTotal(boolean requestsTotal) {
    this.requestsTotal = requestsTotal;
  }

  public boolean isInProgress() {
    return inProgress;
  }

  public void setInProgress(boolean inProgress) {
    this.inProgress = inProgress;
  }

  public String getInProgressName() {
    return inProgressName;
  }

  public void setInProgressName(String inProgressName) {
    this.inProgressName = inProgressName;
  }

  public boolean isInProgressLabels() {
    return inProgressLabels;
  }

  public void setInProgressLabels(boolean inProgressLabels) {
    this.inProgressLabels = inProgressLabels;
  }

  public boolean isExemplars() {
    return exemplars;
  }

  public void setExemplars(boolean exemplars) {
    this.exemplars = exemplars;
  }

  public MetricsEndpoint getMetricsEndpoint() {
    return metricsEndpoint;
  }

  public int getFilterOrder() {
    return filterOrder;
  }

  public void setFilterOrder(int filterOrder) {
    this.filterOrder = filterOrder;
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

    public String getMethod() {
      return method;
    }

    public void setMethod(String method) {
      this.method = method;
    }

    public String getHandler() {
      return handler;
    }

    public void setHandler(String handler) {
      this.handler = handler;
    }

    public String getStatus() {
      return status;
    }

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

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }
  }
}
