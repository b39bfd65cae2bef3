package dev.instrumentator.benchmarks;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Route;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * One scrape: the registry collected and written in the Prometheus text format, as a /metrics
 * endpoint does, with {@code routes} routes that each answered all five status classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScrapeBenchmark {
  private static final int[] ONE_STATUS_PER_CLASS = {101, 200, 302, 404, 503};

  @Param({"1000"})
  public int routes;

  private PrometheusRegistry registry;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);

  @Setup
  public void setUp() {
    registry = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
    for (int i = 0; i < routes; i++) {
      Route route = Route.of("GET", "/route/" + i + "/{id}");
      for (int status : ONE_STATUS_PER_CLASS) {
        route.callFinished(System.nanoTime(), status);
      }
    }
  }

  /** @return the bytes written, about 1.4 kB per label set */
  @Benchmark
  public int scrapeAndWriteText() throws IOException {
    out.reset();
    writer.write(out, registry.scrape());
    return out.size();
  }
}
