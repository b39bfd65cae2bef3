package dev.instrumentator.processor;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generated decorator, compiled and called: it returns the original's value, rethrows the
 * original's exception object, and records the status JAX-RS would answer.
 */
class DecoratorBehaviourTest {
  private static final String COUNT = "http_request_duration_seconds_count";

  private static Class<?> decoratorClass;

  private PrometheusRegistry registry;
  private Object decorator;

  @BeforeAll
  static void compileDecorator() throws ClassNotFoundException {
    decoratorClass =
        CompiledClasses.compileAndLoad(
            "behaviour/StatusResource.java", "fixtures.StatusResource_Instrumented");
  }

  @BeforeEach
  void freshMetrics() throws ReflectiveOperationException {
    registry = new PrometheusRegistry();
    HttpMetrics.setDefault(
        HttpMetrics.builder().groupStatusCodes(false).register(registry));
    decorator = decoratorClass.getConstructor().newInstance();
  }

  @Test
  void anEntityIs200AndReturnedAsIs() throws Throwable {
    assertEquals("a book", call("entity"));
    assertEquals(Map.of("200", 1.0), countsByStatus("/status/entity"));
  }

  @Test
  void aNullEntityIs204() throws Throwable {
    assertEquals(null, call("nullEntity"));
    assertEquals(Map.of("204", 1.0), countsByStatus("/status/null-entity"));
  }

  @Test
  void aResponseCountsWithItsOwnStatus() throws Throwable {
    Response created = (Response) call("response", 201);
    call("response", 409);

    assertEquals(201, created.getStatus());
    assertEquals("body", created.getEntity());
    assertEquals(Map.of("201", 1.0, "409", 1.0), countsByStatus("/status/response"));
  }

  @Test
  void aNullResponseIs204() throws Throwable {
    assertEquals(null, call("nullResponse"));
    assertEquals(Map.of("204", 1.0), countsByStatus("/status/null-response"));
  }

  @Test
  void voidIs204() throws Throwable {
    call("nothing");
    assertEquals(Map.of("204", 1.0), countsByStatus("/status/nothing"));
  }

  @Test
  void aPrimitiveIs200() throws Throwable {
    assertEquals(42, call("count"));
    assertEquals(Map.of("200", 1.0), countsByStatus("/status/count"));
  }

  @Test
  void aWebApplicationExceptionCountsWithItsStatusAndIsRethrownAsIs() {
    NotFoundException notFound = new NotFoundException("no such book");
    WebApplicationException conflict = new WebApplicationException(409);

    assertSame(notFound, assertThrows(NotFoundException.class, () -> call("fail", notFound)));
    assertSame(
        conflict, assertThrows(WebApplicationException.class, () -> call("fail", conflict)));
    assertEquals(Map.of("404", 1.0, "409", 1.0), countsByStatus("/status/throw"));
  }

  @Test
  void anyOtherFailureIs500AndIsRethrownAsIs() {
    IllegalStateException unchecked = new IllegalStateException("bug");
    IOException checked = new IOException("disk");
    StackOverflowError error = new StackOverflowError();

    assertSame(unchecked, assertThrows(IllegalStateException.class, () -> call("fail", unchecked)));
    assertSame(checked, assertThrows(IOException.class, () -> call("fail", checked)));
    assertSame(error, assertThrows(StackOverflowError.class, () -> call("fail", error)));
    assertEquals(Map.of("500", 3.0), countsByStatus("/status/throw"));
  }

  @Test
  void theDurationIsThatOfTheOriginalCall() throws Throwable {
    call("slow", 50L);

    double seconds =
        Scrape.of(registry)
            .value(
                "http_request_duration_seconds_sum",
                labels("method", "GET", "handler", "/status/slow", "status", "200"));
    assertTrue(seconds >= 0.050 && seconds < 1, "recorded " + seconds + " s for a 50 ms call");
  }

    private Object call(String name, Object... arguments) throws Throwable {
    return CompiledClasses.call(decorator, name, arguments);
  }

  private Map<String, Double> countsByStatus(String handler) {
    Map<String, Double> counts = new HashMap<>();
    Scrape.of(registry)
        .series(COUNT)
        .forEach(
            (labels, count) -> {
              if (labels.get("handler").equals(handler)) {
                counts.merge(labels.get("status"), count, Double::sum);
              }
            });
    assertEquals(counts.values().stream().mapToDouble(Double::doubleValue).sum(),
        Scrape.of(registry).series(COUNT).values().stream().mapToDouble(Double::doubleValue).sum(),
        "requests recorded under another handler");
    return counts;
  }
}
