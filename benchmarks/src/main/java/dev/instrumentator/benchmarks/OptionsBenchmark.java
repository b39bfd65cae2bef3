package dev.instrumentator.benchmarks;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What each option of the FastAPI family costs a timed call when it is on: the generated decorator
 * of {@link RecordingBenchmark} (a), with the default metrics built with one option on ({@code
 * none}: every option off, as (a) there). Options that act only at start-up or at scrape time
 * (namespace, constant labels, series created at start-up) are included to show they add nothing
 * per call; so are sizes, which a decorator without a companion does not know. Options that act
 * on the companion's path are measured by {@link JerseyRequestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OptionsBenchmark {
  /** About 8 µs of other work between two calls (measured by {@code none}). */
  private static final long OTHER_WORK_TOKENS = 5_000;

  @Param({"none", "namespace", "constantLabels", "createSeriesAtStartup", "requestsTotal", "sizes", "listener"})
  public String option;

  private FixtureResource decorator;
  /** What the listener does: as little as a listener can, counting. */
  private final LongAdder heard = new LongAdder();

  @Setup
  public void setUp() {
    HttpMetrics.Builder metrics = HttpMetrics.builder();
    switch (option) {
      case "none" -> {}
      case "namespace" -> metrics.namespace("bookstore").subsystem("api");
      case "constantLabels" -> metrics.constantLabels(Map.of("service", "bookstore"));
      case "createSeriesAtStartup" -> metrics.createSeriesAtStartup(true);
      case "requestsTotal" -> metrics.requestsTotal(true);
      case "sizes" -> metrics.sizes(true);
      case "listener" -> metrics.listeners(countingListener());
      default -> throw new IllegalArgumentException("option " + option);
    }
    HttpMetrics.setDefault(metrics.register(new PrometheusRegistry()));
    decorator = new FixtureResource_Instrumented();
  }

  private RequestListener countingListener() {
    return request -> heard.increment();
  }

  @Benchmark
  public String decorator() {
    return decorator.get("42");
  }

  /**
   * The same call after a spell of other work (about 8 µs), as requests arrive at a service that
   * is not saturated: long enough for a listener's thread to have heard everything and gone to
   * sleep, so what a listener costs here includes waking it. Compare with {@code none}.
   */
  @Benchmark
  public String decoratorNowAndThen() {
    Blackhole.consumeCPU(OTHER_WORK_TOKENS);
    return decorator.get("42");
  }
}
