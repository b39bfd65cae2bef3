package dev.instrumentator.spring;

import dev.instrumentator.runtime.HttpMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Keeps the application's other metrics from taking a name of instrumentator's, which would make
 * every scrape of {@code /actuator/prometheus} fail: Micrometer does not declare its meters' names
 * to prometheus-metrics, so a meter {@code http.request.duration} (scraped as {@code
 * http_request_duration_seconds}) is registered beside the histogram and breaks the scrape only
 * then. A metric that has the name when instrumentator's are registered stops the start-up
 * ({@code HttpMetrics} refuses the name); one that takes it later during start-up stops it here;
 * a Micrometer meter that comes after start-up is denied, with an error that says so.
 */
final class MeterNameGuard implements MeterFilter, SmartInitializingSingleton {
  private static final Log LOG = LogFactory.getLog(MeterNameGuard.class);
  private static final PrometheusNamingConvention PROMETHEUS = new PrometheusNamingConvention();

  private final ObjectProvider<HttpMetrics> metrics;
  /** The names of instrumentator's metrics, once the application has started; empty before. */
  private volatile List<String> names = List.of();

  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  MeterNameGuard(ObjectProvider<HttpMetrics> metrics) {
    this.metrics = metrics;
  }

  @Override
  public void afterSingletonsInstantiated() {
    HttpMetrics ours = metrics.getIfUnique();
    if (ours == null) {
      return;
    }
    List<String> taken = ours.prometheusNames();
    try {
      ours.registry().scrape(taken::contains);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "instrumentator: a scrape of its metrics " + taken + " fails (" + e.getMessage() + "):"
              + " a metric of the application's, registered during start-up, has one of their"
              + " names. Rename it, or instrumentator's metrics with instrumentator.metric-name,"
              + " instrumentator.namespace or instrumentator.subsystem.",
          e);
    }
    names = taken;
  }

  @Override
  public MeterFilterReply accept(Meter.Id id) {
    List<String> taken = names;
    if (taken.isEmpty()) {
      return MeterFilterReply.NEUTRAL;
    }
    String scraped = PROMETHEUS.name(id.getName(), id.getType(), id.getBaseUnit());
    if (!taken.contains(PrometheusNaming.prometheusName(scraped))) {
      return MeterFilterReply.NEUTRAL;
    }
    if (reported.add(id.getName())) {
      LOG.error(
          "instrumentator: the Micrometer meter '" + id.getName() + "' (a "
              + id.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") would be"
              + " scraped as " + scraped + ", a name of instrumentator's metrics, and break the"
              + " scrape: it is left out of it. " + fixFor(scraped));
    }
    return MeterFilterReply.DENY;
  }

  /**
   * What to do about a meter of one of instrumentator's names: rename one or the other, or, for
   * a name OpenTelemetry's conventions fix (Spring's own OpenTelemetry convention records {@code
   * http.server.request.duration} too), record it once.
   */
  private static String fixFor(String scraped) {
    if (scraped.startsWith("http_server_")) {
      return "OpenTelemetry's conventions fix this name, so record it once: with Spring's own"
          + " OpenTelemetry convention (or another library's meter), or with instrumentator's"
          + " opentelemetry dialect (instrumentator.dialects=prometheus leaves it out).";
    }
    return "Rename the meter, or instrumentator's metrics with instrumentator.metric-name,"
        + " instrumentator.namespace or instrumentator.subsystem.";
  }
}
