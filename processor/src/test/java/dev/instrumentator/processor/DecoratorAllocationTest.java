package dev.instrumentator.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timed call allocates nothing once the JIT has compiled it: the synchronous path is two {@code
 * System.nanoTime()} calls and one observation. Counted with the JVM's tally of the bytes this
 * thread allocated.
 *
 * <p>"Once compiled", because prometheus-metrics 1.10's {@code Histogram.DataPoint.observe} makes
 * a capturing lambda per call, 40 bytes a call in the interpreter, which the JIT's escape analysis
 * removes when it inlines the observation (JMH's steady state, BENCHMARKS.md). So the calls run in
 * batches until one allocates nothing; an allocation the JIT cannot remove, such as a data point
 * looked up per call, keeps every batch above zero and fails the test.
 */
class DecoratorAllocationTest {
  private static final int CALLS_PER_BATCH = 10_000;
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static Object decorator;

  private PrometheusRegistry registry;

  @BeforeAll
  static void compileDecorator() throws ReflectiveOperationException {
    decorator =
        CompiledClasses.compileAndLoad(
                "behaviour/QuietResource.java", "fixtures.QuietResource_Instrumented")
            .getConstructor()
            .newInstance();
  }

  @BeforeEach
  void freshMetrics() {
    registry = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
  }

  @Test
  void anEntity() {
    @SuppressWarnings("unchecked")
    Supplier<String> resource = (Supplier<String>) decorator;
    long calls = callsUntilABatchAllocatesNothing(resource::get);
    assertEquals(calls, count("GET", "/quiet"));
  }

  @Test
  void aPrimitive() {
    IntSupplier resource = (IntSupplier) decorator;
    long calls = callsUntilABatchAllocatesNothing(resource::getAsInt);
    assertEquals(calls, count("GET", "/quiet/count"));
  }

  @Test
  void nothingReturned() {
    Runnable resource = (Runnable) decorator;
    long calls = callsUntilABatchAllocatesNothing(resource);
    assertEquals(calls, count("POST", "/quiet"));
  }

  @Test
  void aResponse() {
    @SuppressWarnings("unchecked")
    Callable<Response> resource = (Callable<Response>) decorator;
    long calls =
        callsUntilABatchAllocatesNothing(
            () -> {
              try {
                resource.call();
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
    assertEquals(calls, count("POST", "/quiet/created"));
  }

  /**
   * Makes {@code call} in batches of {@link #CALLS_PER_BATCH} until a batch allocates nothing, at
   * most for {@link #PATIENCE}. Reading the tally around nothing gives what reading it costs;
   * anything above that is the batch's.
   *
   * @return how many calls were made
   */
  private static long callsUntilABatchAllocatesNothing(Runnable call) {
    Runnable batch =
        () -> {
          for (int i = 0; i < CALLS_PER_BATCH; i++) {
            call.run();
          }
        };
    batch.run(); // loads every class the calls touch and makes the route's data point
    long overhead = allocatedDuring(() -> {});
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long batches = 1;
    long allocated;
    do {
      allocated = allocatedDuring(batch) - overhead;
      batches++;
    } while (allocated != 0 && System.nanoTime() < deadline);
    assertEquals(
        0,
        allocated,
        "bytes allocated by the last " + CALLS_PER_BATCH + " timed calls, after " + batches
            + " batches");
    return batches * CALLS_PER_BATCH;
  }

  private static long allocatedDuring(Runnable work) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    work.run();
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  /** Requests recorded under {@code method} and {@code handler}; they all answer 2xx. */
  private double count(String method, String handler) {
    return Scrape.of(registry)
        .value(
            "http_request_duration_seconds_count",
            Scrape.labels("method", method, "handler", handler, "status", "2xx"));
  }
}
