package dev.instrumentator.benchmarks;

import dev.instrumentator.benchmarks.LoadServer.Instrumentation;
import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
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
 * One request through Jersey, in memory: the same application as the load runs, set up each way
 * they compare, without the network and HTTP parsing around it. What is left is Jersey's own
 * request processing, so the instrumentation's share of a request shows, where a load run over
 * loopback cannot resolve it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class JerseyRequestBenchmark {
  private static final URI BASE = URI.create("http://localhost/");
  private static final URI BOOK = URI.create("http://localhost/books/978-0134685991");

  @Param({"plain", "decorators", "companion", "micrometer"})
  public String setup;

  /**
   * Options of the default metrics that act on the companion's path, one at a time ({@code none}:
   * the defaults, exemplars on): {@code -p setup=companion -p
   * option=none,exemplarsOff,inProgress,sizes,streaming}; the dialects: {@code -p
   * option=none,opentelemetry,both}.
   */
  @Param({"none"})
  public String option;

  private ApplicationHandler application;

  @Setup
  public void start() {
    HttpMetrics.Builder metrics = HttpMetrics.builder();
    switch (option) {
      case "none" -> {}
      case "inProgress" -> metrics.inProgress(true);
      case "sizes" -> metrics.sizes(true);
      case "streaming" -> metrics.excludeStreamingDuration(true);
      case "exemplarsOff" -> metrics.exemplars(false);
      case "opentelemetry" -> metrics.dialects(HttpMetrics.Dialect.OPENTELEMETRY);
      case "both" -> metrics.dialects(HttpMetrics.Dialect.PROMETHEUS, HttpMetrics.Dialect.OPENTELEMETRY);
      default -> throw new IllegalArgumentException("option " + option);
    }
    HttpMetrics.setDefault(metrics.register(new PrometheusRegistry()));
    application =
        new ApplicationHandler(
            LoadServer.application(Instrumentation.valueOf(setup.toUpperCase(Locale.ROOT))));
  }

  /** @return the status, 200 */
  @Benchmark
  public int getBook() throws InterruptedException, ExecutionException {
    ContainerRequest request =
        new ContainerRequest(BASE, BOOK, "GET", null, new MapPropertiesDelegate(), null);
    return application.apply(request, new ByteArrayOutputStream(64)).get().getStatus();
  }
}
