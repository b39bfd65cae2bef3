package dev.instrumentator.quarkus.internal;

import dev.instrumentator.quarkus.InstrumentatorConfig;
import dev.instrumentator.runtime.HttpMetrics;
import java.util.List;
import java.util.function.Consumer;

/** The {@link HttpMetrics} that {@code quarkus.instrumentator.*} describes. */
final class ConfiguredMetrics {
  private ConfiguredMetrics() {}

  /**
   * The options of {@link HttpMetrics} the configuration sets.
   *
   * @throws IllegalArgumentException naming the property whose value the option refuses
   */
  static HttpMetrics.Builder of(InstrumentatorConfig config) {
    HttpMetrics.Builder builder =
        HttpMetrics.builder()
            .groupStatusCodes(config.groupStatusCodes())
            .ignoreUntemplated(config.ignoreUntemplated())
            .groupUntemplated(config.groupUntemplated())
            .roundLatency(config.roundLatency())
            .nativeHistograms(config.nativeHistograms())
            .sizes(config.sizes())
            .excludeStreamingDuration(config.excludeStreamingDuration())
            .createSeriesAtStartup(config.createSeriesAtStartup())
            .requestsTotal(config.requestsTotal())
            .exemplars(config.exemplars())
            .inProgress(config.inProgress())
            .inProgressLabels(config.inProgressLabels());
    option("in-progress-name", config.inProgressName(), builder::inProgressName);
    option("round-latency-decimals", config.roundLatencyDecimals(), builder::roundLatencyDecimals);
    option("excluded-handlers", config.excludedHandlers(),
        handlers -> builder.excludedHandlers(handlers.toArray(String[]::new)));
    config.buckets().ifPresent(buckets -> option("buckets", buckets,
        bounds -> builder.buckets(bounds.stream().mapToDouble(Double::doubleValue).toArray())));
    option("metric-name", config.metricName(), builder::metricName);
    InstrumentatorConfig.LabelNames names = config.labelNames();
    option("label-names", List.of(names.method(), names.handler(), names.status()),
        labels -> builder.labelNames(labels.get(0), labels.get(1), labels.get(2)));
    config.namespace().ifPresent(namespace -> option("namespace", namespace, builder::namespace));
    config.subsystem().ifPresent(subsystem -> option("subsystem", subsystem, builder::subsystem));
    option("constant-labels", config.constantLabels(), builder::constantLabels);
    option("untemplated-path-limit", config.untemplatedPathLimit(), builder::untemplatedPathLimit);
    option("dialects", config.dialects(),
        dialects -> builder.dialects(dialects.toArray(HttpMetrics.Dialect[]::new)));
    config.knownMethods().ifPresent(methods -> option("known-methods", methods,
        known -> builder.knownMethods(known.toArray(String[]::new))));
    return builder;
  }

  private static <T> void option(String property, T value, Consumer<T> set) {
    try {
      set.accept(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "quarkus.instrumentator." + property + "=" + value + " is refused: " + e.getMessage(), e);
    }
  }
}
