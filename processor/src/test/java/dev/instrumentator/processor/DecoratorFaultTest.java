package dev.instrumentator.processor;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.instrumentator.runtime.Faults;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A decorator alone, with no companion, whose metrics fail: the caller gets the very value the
 * original returned and the very exception it threw, the failure is logged once, and recording
 * resumes when the metrics work again.
 */
class DecoratorFaultTest {
  private static Class<?> decoratorClass;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Faults faults = new Faults();
  private Object decorator;
  private LogCapture log;

  @BeforeAll
  static void compileDecorator() throws ClassNotFoundException {
    decoratorClass =
        CompiledClasses.compileAndLoad(
            "behaviour/StatusResource.java", "fixtures.StatusResource_Instrumented");
  }

  @BeforeEach
  void faultyMetrics() throws ReflectiveOperationException {
    HttpMetrics.setDefault(faults.inject(HttpMetrics.builder()).register(registry));
    decorator = decoratorClass.getConstructor().newInstance();
    log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics");
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  @ParameterizedTest
  @MethodSource("dev.instrumentator.runtime.Faults#examples")
  void theCallerGetsTheOriginalsValueAndExceptionObjects(Throwable fault) throws Throwable {
    faults.set(fault);
    Object value = new Object();
    NotFoundException notFound = new NotFoundException("no such book");
    IOException checked = new IOException("disk");

    assertSame(value, call("echo", value));
    assertDoesNotThrow(() -> call("nothing"));
    assertEquals(42, call("count"));
    assertSame(notFound, assertThrows(NotFoundException.class, () -> call("fail", notFound)));
    assertSame(checked, assertThrows(IOException.class, () -> call("fail", checked)));

    assertEquals(1, log.records().size(), "log lines: " + log.records());
    assertSame(fault, log.records().get(0).getThrown());
  }

  @ParameterizedTest
  @MethodSource("dev.instrumentator.runtime.Faults#examples")
  void recordingResumesWhenTheMetricsWorkAgain(Throwable fault) throws Throwable {
    faults.set(fault);
    call("echo", "lost");
    faults.clear();
    call("echo", "kept");

    assertEquals(
        1.0,
        Scrape.of(registry)
            .value(
                "http_request_duration_seconds_count",
                labels("method", "POST", "handler", "/status/echo", "status", "2xx")));
  }

  private Object call(String name, Object... arguments) throws Throwable {
    return CompiledClasses.call(decorator, name, arguments);
  }
}
