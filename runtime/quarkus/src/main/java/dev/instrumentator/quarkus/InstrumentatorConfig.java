package dev.instrumentator.quarkus;

import dev.instrumentator.runtime.HttpMetrics;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code quarkus.instrumentator.*} configuration: the options of {@link HttpMetrics}, named as
 * the Spring Boot companion names them ({@code instrumentator.group-status-codes} there, {@code
 * quarkus.instrumentator.group-status-codes} here), read when the application starts.
 */
@ConfigMapping(prefix = "quarkus.instrumentator")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface InstrumentatorConfig {

  /**
   * {@return whether requests are recorded; false leaves the application as without the extension}
   */
  @WithDefault("true")
  boolean enabled();

  /**
   * {@return whether the status label shows the status class (2xx) rather than the status (200)}
   */
  @WithDefault("true")
  boolean groupStatusCodes();

  /** {@return whether requests that matched no endpoint (a routing 404 or 405) are left out} */
  @WithDefault("false")
  boolean ignoreUntemplated();

  /**
   * {@return whether requests that matched no endpoint count under the handler "none"; if not,
   * under their raw path, up to untemplated-path-limit paths}
   */
  @WithDefault("true")
  boolean groupUntemplated();

  /** {@return whether to round each duration to round-latency-decimals decimals} */
  @WithDefault("false")
  boolean roundLatency();

  /** {@return decimals that durations are rounded to when round-latency is true} */
  @WithDefault("4")
  int roundLatencyDecimals();

  /**
   * {@return regular expressions of handlers (route templates or raw paths) that are not recorded,
   * searched anywhere in the handler. The default excludes a resource at /metrics}
   */
  @WithDefault(HttpMetrics.DEFAULT_EXCLUDED_HANDLER)
  List<String> excludedHandlers();

  /**
   * {@return upper bounds of the histogram's buckets, in seconds; +Inf is added. Unset: the
   * default, prometheus-flask-instrumentator's 14 bounds (0.005 to 10)}
   */
  Optional<List<Double>> buckets();

  /** {@return name of the histogram} */
  @WithDefault(HttpMetrics.DEFAULT_METRIC_NAME)
  String metricName();

  /**
   * {@return prefix of the metric name, joined with an underscore ("bookstore" makes
   * bookstore_http_...)}
   */
  Optional<String> namespace();

  /** {@return second prefix of the metric name, between the namespace and the name} */
  Optional<String> subsystem();

  /** {@return labels with one value each, on every series of the histogram} */
  Map<String, String> constantLabels();

  /** {@return the names of the histogram's three labels} */
  LabelNames labelNames();

  /**
   * {@return at most this many raw paths are labels when group-untemplated is false; then "none"}
   */
  @WithDefault("100")
  int untemplatedPathLimit();

  /** {@return whether the histogram is also a native histogram (scraped in the protobuf format)} */
  @WithDefault("false")
  boolean nativeHistograms();

  /**
   * {@return whether the sizes of request and response bodies are kept, as the summaries
   * http_request_size_bytes and http_response_size_bytes}
   */
  @WithDefault("false")
  boolean sizes();

  /**
   * {@return whether a streamed body's writing is left out of its request's duration, which then
   * ends when the response starts}
   */
  @WithDefault("false")
  boolean excludeStreamingDuration();

  /**
   * {@return whether the 2xx series of every timed endpoint of a resource is created at zero when
   * the application starts, before its first request}
   */
  @WithDefault("false")
  boolean createSeriesAtStartup();

  /** {@return whether a counter of requests, http_requests_total, is kept beside the histogram} */
  @WithDefault("false")
  boolean requestsTotal();

  /** {@return whether a gauge of the requests in progress is kept} */
  @WithDefault("false")
  boolean inProgress();

  /** {@return name of the gauge of requests in progress} */
  @WithDefault(HttpMetrics.DEFAULT_IN_PROGRESS_NAME)
  String inProgressName();

  /** {@return whether the gauge of requests in progress has the method and handler labels} */
  @WithDefault("false")
  boolean inProgressLabels();

  /**
   * {@return whether buckets carry the trace of a request as an exemplar, where a span is current}
   */
  @WithDefault("true")
  boolean exemplars();

  /**
   * {@return the names the metrics are recorded under: prometheus
   * (prometheus-flask-instrumentator's), opentelemetry (OpenTelemetry's semantic conventions), or
   * both}
   */
  @WithDefault("prometheus")
  List<HttpMetrics.Dialect> dialects();

  /**
   * {@return the HTTP methods OpenTelemetry's http.request.method names; unset: its default list}
   */
  Optional<List<String>> knownMethods();

  /** The names of the histogram's three labels. */
  interface LabelNames {
    /** {@return the label of the HTTP method} */
    @WithDefault(HttpMetrics.DEFAULT_METHOD_LABEL)
    String method();

    /** {@return the label of the route template} */
    @WithDefault(HttpMetrics.DEFAULT_HANDLER_LABEL)
    String handler();

    /** {@return the label of the status} */
    @WithDefault(HttpMetrics.DEFAULT_STATUS_LABEL)
    String status();
  }
}
