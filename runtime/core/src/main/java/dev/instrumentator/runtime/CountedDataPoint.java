package dev.instrumentator.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;

/**
 * A histogram's data point that also counts each observation in {@code http_requests_total},
 * under the same labels: what {@link HttpMetrics.Builder#requestsTotal} keeps in place of the
 * plain data point, so that with the option off a request pays nothing for it.
 */
final class CountedDataPoint implements DistributionDataPoint {
  private final DistributionDataPoint duration;
  private final CounterDataPoint requests;

  CountedDataPoint(DistributionDataPoint duration, CounterDataPoint requests) {
    this.duration = duration;
    this.requests = requests;
  }

  @Override
  public void observe(double seconds) {
    duration.observe(seconds);
    requests.inc();
  }

  @Override
  public void observeWithExemplar(double seconds, Labels exemplarLabels) {
    throw new UnsupportedOperationException("instrumentator observes with no explicit exemplar");
  }

  // Declared by prometheus-metrics 1.5 and later, absent from the 1.3 and 1.4 that Spring Boot
  // pins, so not @Override, and not delegated: instrumentator never reads a data point.
  public long getCount() {
    throw new UnsupportedOperationException("instrumentator never reads a data point");
  }

  public double getSum() {
    throw new UnsupportedOperationException("instrumentator never reads a data point");
  }
}
