package dev.instrumentator.benchmarks;

import dev.instrumentator.runtime.HttpMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One timed call of a resource method, recorded five ways, with the same histogram configuration
 * (classic buckets, the defaults): (a) through the generated decorator; (b) the floor, two {@code
 * System.nanoTime()} calls and one observation of a data point resolved beforehand; (c) the naive
 * way, {@code labelValues(...)} per call; (d) Micrometer as request filters use it, a {@code
 * Timer.builder(...).register(...)} per call; (e) a Micrometer timer resolved beforehand. The
 * Micrometer timers get the same buckets, as service-level objectives set by a registry filter.
 *
 * <p>(b2) is the floor again, with its data point resolved by the first call instead of in set-up,
 * as a decorator's is. With two threads on one data point the cost is decided by where the data
 * point's counters land in memory, and data points resolved during set-up and at the first call
 * land differently when no garbage collection moves them; run two threads with {@code -gc true}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RecordingBenchmark {
  private static final String METHOD = "GET";
  private static final String TEMPLATE = "/fixture/{id}";
  private static final double[] DEFAULT_BUCKETS =
      HttpMetrics.DEFAULT_BUCKETS.stream().mapToDouble(Double::doubleValue).toArray();

  private FixtureResource original;
  private FixtureResource decorator;
  private Histogram histogram;
  private DistributionDataPoint dataPoint;
  private volatile DistributionDataPoint dataPointOfFirstCall;
  private PrometheusMeterRegistry meterRegistry;
  private Timer timer;

  @Setup
  public void setUp() {
    HttpMetrics.setDefault(HttpMetrics.builder().register(new PrometheusRegistry()));
    histogram = sameHistogram();
    dataPoint = histogram.labelValues(METHOD, TEMPLATE, "2xx");
    original = new FixtureResource();
    decorator = new FixtureResource_Instrumented();
    meterRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    meterRegistry.config().meterFilter(sameBuckets());
    timer = micrometerTimer();
  }

  @Benchmark
  public String a_decorator() {
    return decorator.get("42");
  }

  @Benchmark
  public String b_floor() {
    long start = System.nanoTime();
    String book = original.get("42");
    dataPoint.observe((System.nanoTime() - start) / 1e9);
    return book;
  }

  @Benchmark
  public String b2_floorResolvedByFirstCall() {
    long start = System.nanoTime();
    String book = original.get("42");
    DistributionDataPoint point = dataPointOfFirstCall;
    if (point == null) {
      // Another label set than (b)'s, or the histogram would return the one made in set-up.
      point = histogram.labelValues(METHOD, TEMPLATE + "/first-call", "2xx");
      dataPointOfFirstCall = point;
    }
    point.observe((System.nanoTime() - start) / 1e9);
    return book;
  }

  @Benchmark
  public String c_labelValuesPerCall() {
    long start = System.nanoTime();
    String book = original.get("42");
    histogram.labelValues(METHOD, TEMPLATE, "2xx").observe((System.nanoTime() - start) / 1e9);
    return book;
  }

  @Benchmark
  public String d_micrometerBuilderPerCall() {
    long start = System.nanoTime();
    String book = original.get("42");
    micrometerTimer().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    return book;
  }

  @Benchmark
  public String e_micrometerCachedTimer() {
    long start = System.nanoTime();
    String book = original.get("42");
    timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    return book;
  }

  /** A histogram configured as {@code HttpMetrics}'s by default: classic buckets alone. */
  private static Histogram sameHistogram() {
    return Histogram.builder()
        .name(HttpMetrics.DEFAULT_METRIC_NAME)
        .help("Duration of HTTP requests in seconds")
        .labelNames(
            HttpMetrics.DEFAULT_METHOD_LABEL,
            HttpMetrics.DEFAULT_HANDLER_LABEL,
            HttpMetrics.DEFAULT_STATUS_LABEL)
        .classicUpperBounds(DEFAULT_BUCKETS)
        .classicOnly()
        .unit(Unit.SECONDS)
        .register(new PrometheusRegistry());
  }

  private Timer micrometerTimer() {
    return Timer.builder("http.server.requests")
        .tags("method", METHOD, "uri", TEMPLATE, "status", "200", "outcome", "SUCCESS")
        .register(meterRegistry);
  }

  /**
   * Gives every timer the histogram's default bucket bounds as service-level objectives, which is
   * how a Micrometer timer gets those buckets: without them it keeps only a count, a sum and a
   * maximum, less work than a histogram. A filter on the registry applies them when a timer is
   * created, as Spring Boot applies its configured ones, so that the builder per call does not
   * pay for them.
   */
  private static MeterFilter sameBuckets() {
    double[] upperBoundsInNanos =
        Arrays.stream(DEFAULT_BUCKETS).map(seconds -> seconds * 1e9).toArray();
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        return DistributionStatisticConfig.builder()
            .serviceLevelObjectives(upperBoundsInNanos)
            .build()
            .merge(config);
      }
    };
  }
}
