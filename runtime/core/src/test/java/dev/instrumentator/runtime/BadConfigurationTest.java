package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad option is an IllegalArgumentException that names the value, at the call that set it. */
class BadConfigurationTest {

  @Test
  void emptyBuckets() {
    assertRejected("buckets must not be empty: give at least one bound",
        () -> HttpMetrics.builder().buckets());
  }

  @Test
  void notANumberBucket() {
    assertRejected("bucket NaN (index 1) is NaN",
        () -> HttpMetrics.builder().buckets(0.1, Double.NaN, 1));
  }

  @Test
  void unsortedBuckets() {
    assertRejected(
        "buckets must be strictly increasing, but 0.5 (index 1) follows 1.0: [1.0, 0.5]",
        () -> HttpMetrics.builder().buckets(1, 0.5));
  }

  @Test
  void duplicateBuckets() {
    assertRejected(
        "buckets must be strictly increasing, but 1.0 (index 1) follows 1.0: [1.0, 1.0]",
        () -> HttpMetrics.builder().buckets(1, 1));
  }

  @Test
  void invalidLabelName() {
    assertRejected(
        "label name 'http method' is not a valid Prometheus label name: use letters, digits and"
            + " underscores, not starting with a digit or '__'",
        () -> HttpMetrics.builder().labelNames("http method", "handler", "status"));
  }

  @Test
  void reservedLabelNames() {
    assertRejected(
        "label name 'le' is reserved for the bucket bounds of a histogram: choose another",
        () -> HttpMetrics.builder().labelNames("method", "handler", "le"));
    assertRejected(
        "label name '__name__' is not a valid Prometheus label name: use letters, digits and"
            + " underscores, not starting with a digit or '__'",
        () -> HttpMetrics.builder().labelNames("__name__", "handler", "status"));
  }

  @Test
  void duplicateLabelNames() {
    assertRejected(
        "label name 'status' is given twice: the three label names must differ",
        () -> HttpMetrics.builder().labelNames("status", "handler", "status"));
  }

  @Test
  void invalidRegex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpMetrics.builder().excludedHandlers("/ok", "/books/[0-9"));
    assertEquals(
        "excluded handler '/books/[0-9' is not a valid regular expression: Unclosed character"
            + " class",
        e.getMessage());
  }

  @Test
  void invalidMetricName() {
    assertRejected(
        "metric name 'http requests' is not a valid Prometheus name: use letters, digits,"
            + " underscores and colons, not starting with a digit",
        () -> HttpMetrics.builder().metricName("http requests"));
    assertRejected(
        "metric name '' is not a valid Prometheus name: use letters, digits, underscores and"
            + " colons, not starting with a digit",
        () -> HttpMetrics.builder().metricName(""));
  }

  @Test
  void invalidNamespaceAndSubsystem() {
    assertRejected(
        "namespace 'book store' is not a valid Prometheus name: use letters, digits, underscores"
            + " and colons, not starting with a digit",
        () -> HttpMetrics.builder().namespace("book store"));
    assertRejected(
        "subsystem '2api' is not a valid Prometheus name: use letters, digits, underscores and"
            + " colons, not starting with a digit",
        () -> HttpMetrics.builder().subsystem("2api"));
  }

  @Test
  void invalidConstantLabels() {
    assertRejected(
        "label name 'service name' is not a valid Prometheus label name: use letters, digits and"
            + " underscores, not starting with a digit or '__'",
        () -> HttpMetrics.builder().constantLabels(Map.of("service name", "bookstore")));
    assertRejected(
        "label name 'le' is reserved for the bucket bounds of a histogram: choose another",
        () -> HttpMetrics.builder().constantLabels(Map.of("le", "1")));
    assertRejected(
        "constant label 'team' has no value",
        () -> HttpMetrics.builder().constantLabels(Collections.singletonMap("team", null)));
  }

  /** Whichever option is set first, the other refuses the clash. */
  @Test
  void aConstantLabelNamedAsARequestLabel() {
    assertRejected(
        "constant label 'handler' has the name of one of the three labels of every request"
            + " (method, handler, status): choose another",
        () -> HttpMetrics.builder().constantLabels(Map.of("handler", "x")));
    assertRejected(
        "constant label 'route' has the name of one of the three labels of every request"
            + " (method, route, status): choose another",
        () ->
            HttpMetrics.builder()
                .labelNames("method", "route", "status")
                .constantLabels(Map.of("route", "x")));
    assertRejected(
        "label name 'service' is already the name of a constant label: choose another",
        () ->
            HttpMetrics.builder()
                .constantLabels(Map.of("service", "bookstore"))
                .labelNames("method", "service", "status"));
  }

  @Test
  void invalidInProgressName() {
    assertRejected(
        "in-progress gauge name 'in flight' is not a valid Prometheus name: use letters, digits,"
            + " underscores and colons, not starting with a digit",
        () -> HttpMetrics.builder().inProgressName("in flight"));
  }

  @Test
  void latencyDecimalsOutOfRange() {
    assertRejected(
        "roundLatencyDecimals -1 is out of range: use 0 to 9 (9 decimals of a second are"
            + " nanoseconds)",
        () -> HttpMetrics.builder().roundLatencyDecimals(-1));
    assertRejected(
        "roundLatencyDecimals 10 is out of range: use 0 to 9 (9 decimals of a second are"
            + " nanoseconds)",
        () -> HttpMetrics.builder().roundLatencyDecimals(10));
  }

  @Test
  void negativeUntemplatedPathLimit() {
    assertRejected(
        "untemplatedPathLimit -5 is negative: use 0 or more",
        () -> HttpMetrics.builder().untemplatedPathLimit(-5));
  }

  /** A counter that cannot be registered leaves no histogram behind: all or nothing. */
  @Test
  void aRequestCounterWhoseNameIsTaken() {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter.builder().name("http_requests_total").help("Not ours").register(registry);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> HttpMetrics.builder().requestsTotal(true).register(registry));

    assertTrue(e.getMessage().startsWith("cannot register the metric 'http_requests_total': "), e.getMessage());
    HttpMetrics.builder().register(registry); // the histogram's name is free
  }

  @Test
  void aSecondHistogramOfTheSameNameInOneRegistry() {
    PrometheusRegistry registry = new PrometheusRegistry();
    HttpMetrics.builder().register(registry);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> HttpMetrics.builder().register(registry));
    assertEquals(
        true,
        e.getMessage().startsWith("cannot register the metric 'http_request_duration_seconds': ")
            && e.getMessage().endsWith(
                ". Build HttpMetrics once per registry, or give each its own metricName or namespace."),
        e.getMessage());
  }

  /**
   * A collector that does not declare its names at registration (a custom {@code Collector}, the
   * simpleclient bridge, Micrometer's meters): prometheus-metrics registers a second metric of
   * the name beside it, and every scrape of the registry then fails. The histogram is refused
   * instead, with a message that names the other metric and the options that rename ours, and
   * the registry's scrape keeps working.
   */
  @Test
  void aMetricOfTheSameNameThatIsNotInstrumentators() {
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(
        () ->
            GaugeSnapshot.builder()
                .name("http_request_duration_seconds")
                .help("Our own request timer")
                .dataPoint(GaugeDataPointSnapshot.builder().value(1).build())
                .build());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> HttpMetrics.builder().register(registry));

    assertEquals(
        "cannot register the metric 'http_request_duration_seconds': the registry already has a"
            + " gauge of that name (\"Our own request timer\"), which is not instrumentator's, and a"
            + " scrape of both would fail or mix them. Rename instrumentator's with metricName,"
            + " namespace or subsystem (Spring Boot: instrumentator.metric-name,"
            + " instrumentator.namespace or instrumentator.subsystem), or rename the other.",
        e.getMessage());
    assertEquals(1, registry.scrape().size(), "the scrape works, with the other metric alone");
  }

  /** The message says what kind of metric has the name. */
  @ParameterizedTest
  @MethodSource("otherMetrics")
  void theOtherMetricIsNamedByItsKind(String kind, MetricSnapshot other) {
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(() -> other);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> HttpMetrics.builder().register(registry));

    assertTrue(
        e.getMessage().startsWith(
            "cannot register the metric 'http_request_duration_seconds': the registry already has "
                + kind + " of that name, which is not instrumentator's"),
        e.getMessage());
  }

  static Stream<Arguments> otherMetrics() {
    String name = "http_request_duration_seconds";
    return Stream.of(
        Arguments.of(
            "a counter",
            CounterSnapshot.builder()
                .name(name)
                .dataPoint(CounterDataPointSnapshot.builder().value(1).build())
                .build()),
        Arguments.of(
            "a histogram",
            HistogramSnapshot.builder()
                .name(name)
                .dataPoint(
                    HistogramDataPointSnapshot.builder()
                        .classicHistogramBuckets(
                            ClassicHistogramBuckets.of(
                                new double[] {Double.POSITIVE_INFINITY}, new long[] {1}))
                        .sum(1)
                        .build())
                .build()),
        Arguments.of(
            "a summary",
            SummarySnapshot.builder()
                .name(name)
                .dataPoint(SummaryDataPointSnapshot.builder().count(1).sum(1).build())
                .build()),
        Arguments.of(
            "a metric",
            InfoSnapshot.builder()
                .name(name)
                .dataPoint(InfoDataPointSnapshot.builder().build())
                .build()));
  }

  /**
   * A collector that fails whenever it is scraped is no clash: the histogram is registered beside
   * it (its scrapes fail either way).
   */
  @Test
  void aCollectorThatFailsOnItsOwnDoesNotKeepTheHistogramOut() {
    PrometheusRegistry registry = new PrometheusRegistry();
    Collector broken =
        () -> {
          throw new IllegalStateException("a broken collector");
        };
    registry.register(broken);

    HttpMetrics metrics = HttpMetrics.builder().register(registry);

    assertEquals(List.of("http_request_duration_seconds"), metrics.prometheusNames());
  }

  @Test
  void anInProgressGaugeWhoseNameIsTakenNamesItsOption() {
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(
        () ->
            GaugeSnapshot.builder()
                .name("http_requests_inprogress")
                .dataPoint(GaugeDataPointSnapshot.builder().value(1).build())
                .build());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> HttpMetrics.builder().inProgress(true).register(registry));

    assertTrue(
        e.getMessage().startsWith(
            "cannot register the metric 'http_requests_inprogress': the registry already has a"
                + " gauge of that name, which"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains(
            "with inProgressName, namespace or subsystem (Spring Boot:"
                + " instrumentator.in-progress-name, "),
        e.getMessage());
    assertEquals(1, registry.scrape().size(), "all or nothing: no histogram left behind");
  }

  @Test
  void theNamesOfTheMetricsAsPrometheusMetricsKnowsThem() {
    HttpMetrics all =
        HttpMetrics.builder()
            .namespace("shop")
            .requestsTotal(true)
            .sizes(true)
            .inProgress(true)
            .register(new PrometheusRegistry());

    assertEquals(
        List.of(
            "shop_http_request_duration_seconds",
            "shop_http_requests",
            "shop_http_request_size_bytes",
            "shop_http_response_size_bytes",
            "shop_http_requests_inprogress"),
        all.prometheusNames());
  }

  private static void assertRejected(String message, Executable configuration) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, configuration).getMessage());
  }
}
