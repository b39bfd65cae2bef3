package dev.instrumentator.quarkus.internal;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.quarkus.arc.Arc;

/**
 * Quarkus's Micrometer Prometheus registry, which serves {@code /q/metrics} where the application
 * has it: instrumentator's metrics are scraped there too, through a {@link SimpleclientBridge}.
 * Only loaded when the build found that registry on the class path.
 */
final class MicrometerRegistry {
  private MicrometerRegistry() {}

  /**
   * Adds {@code registry}'s metrics to what Micrometer's registry serves.
   *
   * @return undoes it, when the application stops
   */
  static Runnable serve(PrometheusRegistry registry) {
    CollectorRegistry micrometers =
        Arc.container().instance(PrometheusMeterRegistry.class).get().getPrometheusRegistry();
    SimpleclientBridge bridge = new SimpleclientBridge(registry);
    micrometers.register(bridge);
    return () -> micrometers.unregister(bridge);
  }
}
