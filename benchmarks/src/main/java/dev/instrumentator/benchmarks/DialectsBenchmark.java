package dev.instrumentator.benchmarks;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.HttpMetrics.Dialect;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated decorator of {@link RecordingBenchmark} (a) in each dialect, against its floor:
 * two {@code System.nanoTime()} calls and one observation per histogram the dialects keep, on data
 * points resolved during set-up, of the same labels ({@code both}: two observations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DialectsBenchmark {
  private static final String TEMPLATE = "/fixture/{id}";
  private static final double[] BUCKETS =
      HttpMetrics.DEFAULT_BUCKETS.stream().mapToDouble(Double::doubleValue).toArray();

  @Param({"prometheus", "opentelemetry", "both"})
  public String dialects;

  private FixtureResource original;
  private FixtureResource decorator;
  /** The floor's data points: the Prometheus dialect's, the OpenTelemetry one's; null when off. */
  private DistributionDataPoint prometheusPoint;
  private DistributionDataPoint otelPoint;

  @Setup
  public void setUp() {
    boolean prometheus = !dialects.equals("opentelemetry");
    boolean otel = !dialects.equals("prometheus");
    HttpMetrics.setDefault(
        HttpMetrics.builder()
            .dialects(
                prometheus && otel
                    ? new Dialect[] {Dialect.PROMETHEUS, Dialect.OPENTELEMETRY}
                    : new Dialect[] {prometheus ? Dialect.PROMETHEUS : Dialect.OPENTELEMETRY})
            .register(new PrometheusRegistry()));
    original = new FixtureResource();
    decorator = new FixtureResource_Instrumented();
    if (prometheus) {
      prometheusPoint =
          histogram("http_request_duration_seconds", "method", "handler", "status")
              .labelValues("GET", TEMPLATE, "2xx");
    }
    if (otel) {
      // A decorator alone knows no scheme and no exception: those labels are empty.
      otelPoint =
          histogram(
                  "http.server.request.duration_seconds",
                  "http.request.method",
                  "http.route",
                  "http.response.status_code",
                  "url.scheme",
                  "error.type")
              .labelValues("GET", TEMPLATE, "200", "", "");
    }
  }

  private static Histogram histogram(String name, String... labelNames) {
    return Histogram.builder()
        .name(name)
        .help("the floor's")
        .unit(Unit.SECONDS)
        .labelNames(labelNames)
        .classicUpperBounds(BUCKETS)
        .classicOnly()
        .register(new PrometheusRegistry());
  }

  @Benchmark
  public String decorator() {
    return decorator.get("42");
  }

  @Benchmark
  public String floor() {
    long start = System.nanoTime();
    String book = original.get("42");
    double seconds = (System.nanoTime() - start) / 1e9;
    if (prometheusPoint != null) {
      prometheusPoint.observe(seconds);
    }
    if (otelPoint != null) {
      otelPoint.observe(seconds);
    }
    return book;
  }
}
