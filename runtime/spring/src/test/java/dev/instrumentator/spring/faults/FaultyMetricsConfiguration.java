package dev.instrumentator.spring.faults;

import dev.instrumentator.runtime.Faults;
import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application's own {@link HttpMetrics} bean, which the auto-configuration then records into,
 * with faults injected on demand ({@link #FAULTS}).
 */
@Configuration(proxyBeanMethods = false)
public class FaultyMetricsConfiguration {
  public static final Faults FAULTS = new Faults();

  @Bean
  HttpMetrics faultyMetrics(PrometheusRegistry registry) {
    return FAULTS.inject(HttpMetrics.builder()).register(registry);
  }
}
