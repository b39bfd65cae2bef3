package dev.instrumentator.runtime;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Metrics that fail on demand, as a broken or incompatible metrics library would: while a fault is
 * set, creating a data point throws it, and so does observing one created earlier. Once the fault
 * is cleared they work again. For tests here and in the companions' modules.
 */
public final class Faults {
  private final AtomicInteger thrown = new AtomicInteger();
  private volatile Throwable fault;

  /**
   * The failures worth injecting: a runtime exception from a broken library, and the {@link
   * NoClassDefFoundError} prometheus-metrics throws when an application excludes its tracer
   * module (docs/design.md, fact S11).
   */
  public static List<Throwable> examples() {
    return List.of(
        new IllegalStateException("a broken metrics library"),
        new NoClassDefFoundError("io/prometheus/metrics/tracer/initializer/SpanContextSupplier"));
  }

  /** Options with this fault injection, to build metrics from. */
  public HttpMetrics.Builder inject(HttpMetrics.Builder options) {
    return options
        .dataPointsThrough(
            point -> {
              throwFault();
              return new FailingDataPoint(point);
            })
        .gaugePointsThrough(
            point -> {
              throwFault();
              return failing(point);
            });
  }

  /** From now on, every creation and observation throws {@code failure}. */
  public void set(Throwable failure) {
    this.fault = failure;
  }

  public void clear() {
    this.fault = null;
  }

  /** How many times a fault was thrown: recordings that failed. */
  public int thrown() {
    return thrown.get();
  }

  /**
   * A gauge data point that throws the fault, if one is set, before each call. A proxy, because
   * the interface's methods differ between the prometheus-metrics versions the runtime is tested
   * on.
   */
  private GaugeDataPoint failing(GaugeDataPoint point) {
    return (GaugeDataPoint)
        Proxy.newProxyInstance(
            GaugeDataPoint.class.getClassLoader(),
            new Class<?>[] {GaugeDataPoint.class},
            (proxy, method, arguments) -> {
              throwFault();
              try {
                return method.invoke(point, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private void throwFault() {
    Throwable current = fault;
    if (current != null) {
      thrown.incrementAndGet();
    }
    if (current instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (current instanceof Error error) {
      throw error;
    }
    if (current != null) {
      throw new IllegalStateException(current);
    }
  }

  private final class FailingDataPoint implements DistributionDataPoint {
    private final DistributionDataPoint point;

    FailingDataPoint(DistributionDataPoint point) {
      this.point = point;
    }

    @Override
    public void observe(double value) {
      throwFault();
      point.observe(value);
    }

    @Override
    public void observeWithExemplar(double value, Labels labels) {
      throwFault();
      point.observeWithExemplar(value, labels);
    }

    // Declared by prometheus-metrics 1.5 and later, absent from the 1.3 and 1.4 that Spring
    // Boot pins, so not @Override: the tests run against both. Nothing here reads them.
    public long getCount() {
      throw new UnsupportedOperationException("instrumentator never reads a data point");
    }

    public double getSum() {
      throw new UnsupportedOperationException("instrumentator never reads a data point");
    }
  }
}
