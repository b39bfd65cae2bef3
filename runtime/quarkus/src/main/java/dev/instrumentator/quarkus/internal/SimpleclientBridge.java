package dev.instrumentator.quarkus.internal;

import io.prometheus.client.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * instrumentator's metrics, as Quarkus's Micrometer Prometheus registry scrapes them: that
 * registry is built on the older simpleclient (design.md, Q7), so each scrape of {@code
 * /q/metrics} takes a snapshot of instrumentator's own registry and hands it over in simpleclient's
 * terms. Counters, gauges and classic histograms carry over; exemplars and native histograms,
 * which simpleclient's text format does not have, do not.
 */
final class SimpleclientBridge extends Collector {
  private final PrometheusRegistry registry;

  SimpleclientBridge(PrometheusRegistry registry) {
    this.registry = registry;
  }

  @Override
  public List<MetricFamilySamples> collect() {
    List<MetricFamilySamples> families = new ArrayList<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      String name = snapshot.getMetadata().getPrometheusName();
      String declaredHelp = snapshot.getMetadata().getHelp();
      String help = declaredHelp == null ? "" : declaredHelp;
      List<MetricFamilySamples.Sample> samples = new ArrayList<>();
      Type type;
      if (snapshot instanceof CounterSnapshot counter) {
        type = Type.COUNTER;
        for (CounterSnapshot.CounterDataPointSnapshot point : counter.getDataPoints()) {
          samples.add(sample(name + "_total", point, List.of(), List.of(), point.getValue()));
        }
      } else if (snapshot instanceof GaugeSnapshot gauge) {
        type = Type.GAUGE;
        for (GaugeSnapshot.GaugeDataPointSnapshot point : gauge.getDataPoints()) {
          samples.add(sample(name, point, List.of(), List.of(), point.getValue()));
        }
      } else if (snapshot instanceof HistogramSnapshot histogram) {
        type = Type.HISTOGRAM;
        for (HistogramSnapshot.HistogramDataPointSnapshot point : histogram.getDataPoints()) {
          addHistogram(name, point, samples);
        }
      } else {
        continue; // instrumentator registers no other kind
      }
      families.add(new MetricFamilySamples(name, type, help, samples));
    }
    return families;
  }

  /** The cumulative buckets, the count and the sum, as the text format writes them. */
  private static void addHistogram(
      String name,
      HistogramSnapshot.HistogramDataPointSnapshot point,
      List<MetricFamilySamples.Sample> samples) {
    ClassicHistogramBuckets buckets = point.getClassicBuckets();
    long cumulative = 0;
    for (int i = 0; i < buckets.size(); i++) {
      cumulative += buckets.getCount(i);
      samples.add(
          sample(name + "_bucket", point, List.of("le"),
              List.of(Collector.doubleToGoString(buckets.getUpperBound(i))), cumulative));
    }
    if (point.hasCount()) {
      samples.add(sample(name + "_count", point, List.of(), List.of(), point.getCount()));
    }
    if (point.hasSum()) {
      samples.add(sample(name + "_sum", point, List.of(), List.of(), point.getSum()));
    }
  }

  private static MetricFamilySamples.Sample sample(
      String name,
      DataPointSnapshot point,
      List<String> extraNames,
      List<String> extraValues,
      double value) {
    Labels labels = point.getLabels();
    List<String> names = new ArrayList<>(labels.size() + extraNames.size());
    List<String> values = new ArrayList<>(labels.size() + extraValues.size());
    for (int i = 0; i < labels.size(); i++) {
      names.add(labels.getPrometheusName(i));
      values.add(labels.getValue(i));
    }
    names.addAll(extraNames);
    values.addAll(extraValues);
    return new MetricFamilySamples.Sample(name, names, values, value);
  }
}
