package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Route;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A request recorded inside a sampled OpenTelemetry span carries the span's trace id into the
 * OpenMetrics scrape as an exemplar, unless {@code exemplars(false)}.
 */
class ExemplarsTest {
  private static final SdkTracerProvider tracing =
      SdkTracerProvider.builder().setSampler(Sampler.alwaysOn()).build();
  private static final Tracer tracer = tracing.get("instrumentator-test");

  @AfterAll
  static void stopTracing() {
    tracing.close();
  }

  @Test
  void theSpanOfTheRequestIsTheExemplar() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    String traceId = recordInASpan(HttpMetrics.builder().requestsTotal(true).register(registry));

    String scrape = openMetrics(registry);
    assertTrue(scrape.contains("trace_id=\"" + traceId + "\""), scrape);
    assertTrue(
        scrape.lines().anyMatch(line -> line.startsWith("http_requests_total") && line.contains(traceId)),
        "the request counter's exemplar: " + scrape);
  }

  @Test
  void noExemplarWhenTurnedOff() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    String traceId =
        recordInASpan(
            HttpMetrics.builder().exemplars(false).requestsTotal(true).register(registry));

    String scrape = openMetrics(registry);
    assertTrue(scrape.contains("http_request_duration_seconds_count"), scrape);
    assertTrue(scrape.contains("http_requests_total"), scrape);
    assertFalse(scrape.contains(traceId), scrape);
    assertFalse(scrape.contains("trace_id"), scrape);
  }

  /** The OpenTelemetry dialect's histogram keeps its exemplars through the labels left out. */
  @Test
  void theOpenTelemetryDialectCarriesTheSpanToo() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    String traceId =
        recordInASpan(
            HttpMetrics.builder().dialects(HttpMetrics.Dialect.OPENTELEMETRY).register(registry));

    String scrape = openMetrics(registry);
    assertTrue(
        scrape.lines()
            .anyMatch(line -> line.startsWith("http_server_request_duration_seconds_bucket")
                && line.contains(traceId)),
        scrape);
  }

  @Test
  void noOpenTelemetryExemplarWhenTurnedOff() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    String traceId =
        recordInASpan(
            HttpMetrics.builder()
                .dialects(HttpMetrics.Dialect.OPENTELEMETRY)
                .exemplars(false)
                .register(registry));

    String scrape = openMetrics(registry);
    assertTrue(scrape.contains("http_server_request_duration_seconds_count"), scrape);
    assertFalse(scrape.contains(traceId), scrape);
  }

  private static String recordInASpan(HttpMetrics metrics) {
    Span span = tracer.spanBuilder("GET /books").startSpan();
    try (Scope current = span.makeCurrent()) {
      Companion.recordRequest(metrics, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
    } finally {
      span.end();
    }
    return span.getSpanContext().getTraceId();
  }

  private static String openMetrics(PrometheusRegistry registry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenMetricsTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
