package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.instrumentator.jersey.conformance.ConformanceResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.HttpMetrics.Dialect;
import dev.instrumentator.runtime.testing.Scrape;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.prometheus.metrics.exporter.opentelemetry.OpenTelemetryExporter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry dialect pushed over OTLP/HTTP by prometheus-metrics' OpenTelemetry exporter,
 * with no OpenTelemetry SDK on the request path: requests go through a real Jersey server, and a
 * real OTLP receiver on a loopback port decodes what arrives, as a collector would.
 */
class OtlpPushTest {
  private static final String DURATION = "http.server.request.duration";

  @Test
  void theDurationArrivesUnderItsConventionalNameUnitAndAttributes() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().dialects(Dialect.OPENTELEMETRY).register(registry));
    ResourceConfig application =
        new ResourceConfig()
            .register(ConformanceResource.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    try (JerseyServer server = JerseyServer.start(application)) {
      server.get("/conformance/items/1");
      server.get("/conformance/items/2");
      server.get("/conformance/boom");
      server.get("/conformance/nowhere");
      Scrape.awaitCounted(() -> Scrape.of(registry), 4);
    }

    List<ExportMetricsServiceRequest> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/v1/metrics",
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            boolean gzip = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            received.add(ExportMetricsServiceRequest.parseFrom(gzip ? new GZIPInputStream(body) : body));
          }
          byte[] response = ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
          exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
          exchange.sendResponseHeaders(200, response.length);
          exchange.getResponseBody().write(response);
          exchange.close();
        });
    receiver.start();
    Metric duration;
    try (OpenTelemetryExporter exporter =
        OpenTelemetryExporter.builder()
            .registry(registry)
            .protocol("http/protobuf")
            .endpoint("http://127.0.0.1:" + receiver.getAddress().getPort())
            .intervalSeconds(1)
            .buildAndStart()) {
      duration = awaitMetric(received);
    } finally {
      receiver.stop(0);
    }

    assertEquals(DURATION, duration.getName());
    assertEquals("s", duration.getUnit());
    Map<Map<String, String>, Long> counts = new HashMap<>();
    for (HistogramDataPoint point : duration.getHistogram().getDataPointsList()) {
      counts.put(attributes(point.getAttributesList()), point.getCount());
      // prometheus-metrics' exporter sends +Inf as a last explicit bound, which OTLP leaves
      // implicit (docs/dialects.md): its bucket is always empty, and the counts add up.
      List<Double> bounds = new ArrayList<>(HttpMetrics.DEFAULT_BUCKETS);
      bounds.add(Double.POSITIVE_INFINITY);
      assertEquals(bounds, point.getExplicitBoundsList());
      assertEquals(
          point.getCount(), point.getBucketCountsList().stream().mapToLong(Long::longValue).sum());
    }
    Map<Map<String, String>, Long> expected = new HashMap<>();
    expected.put(
        Map.of("http.request.method", "GET", "http.route", "/conformance/items/{id}",
            "http.response.status_code", "200", "url.scheme", "http"),
        2L);
    expected.put(
        Map.of("http.request.method", "GET", "http.route", "/conformance/boom",
            "http.response.status_code", "500", "url.scheme", "http",
            "error.type", "java.lang.IllegalStateException"),
        1L);
    expected.put(
        Map.of("http.request.method", "GET", "http.response.status_code", "404", "url.scheme", "http"),
        1L);
    assertEquals(expected, counts);
  }

  /** The duration histogram, from the first export that holds it: at most 20 s. */
  private static Metric awaitMetric(List<ExportMetricsServiceRequest> received)
      throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (ExportMetricsServiceRequest request : received) {
        for (var resource : request.getResourceMetricsList()) {
          for (var scope : resource.getScopeMetricsList()) {
            for (Metric metric : scope.getMetricsList()) {
              if (metric.getName().equals(DURATION)) {
                return metric;
              }
            }
          }
        }
      }
      Thread.sleep(50);
    }
    assertTrue(false, "no export held " + DURATION + "; received " + received);
    return null;
  }

  private static Map<String, String> attributes(List<KeyValue> attributes) {
    Map<String, String> byName = new TreeMap<>();
    for (KeyValue attribute : attributes) {
      byName.put(attribute.getKey(), attribute.getValue().getStringValue());
    }
    return byName;
  }
}
