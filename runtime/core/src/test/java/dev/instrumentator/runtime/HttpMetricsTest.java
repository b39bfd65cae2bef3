package dev.instrumentator.runtime;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every option of {@link HttpMetrics}, checked against a scrape of the text format. */
class HttpMetricsTest {
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String SUM = "http_request_duration_seconds_sum";

  private final PrometheusRegistry registry = new PrometheusRegistry();

  /** What companions ask before a request: each answer is the option as set, by default off. */
  @Test
  void companionsAreToldTheOptionsThatActOnTheirPath() {
    HttpMetrics defaults = HttpMetrics.builder().register(new PrometheusRegistry());
    assertTrue(Recorder.of(defaults).samplesExemplars());
    assertFalse(Recorder.of(defaults).excludesStreamingDuration());
    assertFalse(Recorder.of(defaults).measuresSizes());

    HttpMetrics set =
        HttpMetrics.builder()
            .exemplars(false)
            .excludeStreamingDuration(true)
            .register(new PrometheusRegistry());
    assertFalse(Recorder.of(set).samplesExemplars());
    assertTrue(Recorder.of(set).excludesStreamingDuration());
  }

  @Test
  void defaultsGroupStatusesLabelByTemplateAndExcludeTheMetricsEndpoint() {
    use(HttpMetrics.builder());

    request("GET", "/books/{isbn}", 200);
    request("GET", "/books/{isbn}", 200);
    request("GET", "/books/{isbn}", 404);
    request("POST", "/books", 201);
    request("GET", "/metrics", 200);
    // The default exclusion is the metrics endpoint alone.
    request("GET", "/books/{isbn}/metrics", 200);
    request("GET", "/metrics-summary", 200);

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/books/{isbn}", "status", "2xx"), 2.0,
            labels("method", "GET", "handler", "/books/{isbn}", "status", "4xx"), 1.0,
            labels("method", "POST", "handler", "/books", "status", "2xx"), 1.0,
            labels("method", "GET", "handler", "/books/{isbn}/metrics", "status", "2xx"), 1.0,
            labels("method", "GET", "handler", "/metrics-summary", "status", "2xx"), 1.0),
        scrape().series(COUNT));
  }

  @Test
  void defaultBucketsAreTheOriginalsFourteenWithInf() {
    use(HttpMetrics.builder());
    request("GET", "/", 200);

    assertEquals(
        List.of(
            "0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1.0", "2.5",
            "5.0", "7.5", "10.0", "+Inf"),
        bucketBounds());
  }

  @Test
  void everyStandardStatusIsGroupedByItsFirstDigit() {
    use(HttpMetrics.builder());
    for (int status : new int[] {100, 101, 200, 204, 299, 301, 304, 400, 404, 499, 500, 503, 599}) {
      request("GET", "/", status);
    }

    assertEquals(
        Map.of("1xx", 2.0, "2xx", 3.0, "3xx", 2.0, "4xx", 3.0, "5xx", 3.0),
        countsByLabel("status"));
  }

  @Test
  void statusesStayExactWhenGroupingIsOff() {
    use(HttpMetrics.builder().groupStatusCodes(false));

    request("POST", "/books", 201);
    request("DELETE", "/books/{isbn}", 204);
    request("DELETE", "/books/{isbn}", 204);
    request("GET", "/books/{isbn}", 404);

    assertEquals(
        Map.of(
            labels("method", "POST", "handler", "/books", "status", "201"), 1.0,
            labels("method", "DELETE", "handler", "/books/{isbn}", "status", "204"), 2.0,
            labels("method", "GET", "handler", "/books/{isbn}", "status", "404"), 1.0),
        scrape().series(COUNT));
  }

  @Test
  void aStatusOutsideTheStandardRangeIsStillRecorded() {
    use(HttpMetrics.builder());
    request("GET", "/", 999);
    request("GET", "/", 999);

    assertEquals(Map.of("9xx", 2.0), countsByLabel("status"));
  }

  /** A number that is no HTTP status, which a handler may still set, is not a status class. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aNumberThatIsNoHttpStatusCountsAsOther(boolean grouped) {
    use(HttpMetrics.builder().groupStatusCodes(grouped));
    for (int status : new int[] {1000, 0, -1, 99, 12345}) {
      request("GET", "/", status);
    }
    request("GET", "/", 100);

    assertEquals(
        Map.of("_OTHER", 5.0, grouped ? "1xx" : "100", 1.0), countsByLabel("status"));
  }

  @Test
  void excludedHandlersAreSearchedInTheTemplate() {
    use(HttpMetrics.builder().excludedHandlers("/admin", "^/health$"));

    request("GET", "/api/admin/users", 200); // found inside: excluded
    request("GET", "/health", 200);
    request("GET", "/healthz", 200); // ^/health$ does not match
    request("GET", "/metrics", 200); // the default exclusion was replaced

    assertEquals(
        Map.of("/healthz", 1.0, "/metrics", 1.0), countsByLabel("handler"));
  }

  @Test
  void noExcludedHandlersRecordsEveryRoute() {
    use(HttpMetrics.builder().excludedHandlers());
    request("GET", "/metrics", 200);

    assertEquals(Map.of("/metrics", 1.0), countsByLabel("handler"));
  }

  @Test
  void customBucketsGetInfAdded() {
    use(HttpMetrics.builder().buckets(0.1, 0.5, 1));
    request("GET", "/", 200);

    assertEquals(List.of("0.1", "0.5", "1.0", "+Inf"), bucketBounds());
  }

  @Test
  void bucketsEndingInInfKeepOneInf() {
    use(HttpMetrics.builder().buckets(0.1, Double.POSITIVE_INFINITY));
    request("GET", "/", 200);

    assertEquals(List.of("0.1", "+Inf"), bucketBounds());
  }

  @Test
  void metricNameIsConfigurable() {
    use(HttpMetrics.builder().metricName("api_latency_seconds"));
    request("GET", "/", 200);

    assertEquals(1, scrape().series("api_latency_seconds_count").size());
    assertEquals(Map.of(), scrape().series(COUNT));
  }

  @Test
  void labelNamesArePositionalMethodHandlerStatus() {
    use(HttpMetrics.builder().labelNames("verb", "route", "code"));
    request("PUT", "/books/{isbn}", 200);

    assertEquals(
        Map.of(labels("verb", "PUT", "route", "/books/{isbn}", "code", "2xx"), 1.0),
        scrape().series(COUNT));
  }

  @Test
  void latencyIsRoundedToTheGivenDecimals() {
    use(HttpMetrics.builder().roundLatency(true).roundLatencyDecimals(1));

    // 1.02 s ago: rounds to 1.0 unless this thread stalls for 30 ms.
    Route.of("GET", "/slow").callFinished(System.nanoTime() - 1_020_000_000L, 200);

    assertEquals(1.0, sum("/slow"));
  }

  @Test
  void roundingKeepsFourDecimalsByDefault() {
    use(HttpMetrics.builder().roundLatency(true));
    Route.of("GET", "/slow").callFinished(System.nanoTime() - 1_234_567_891L, 200);

    double tenThousandths = sum("/slow") * 10_000;
    assertEquals(Math.rint(tenThousandths), tenThousandths, 1e-6);
    assertTrue(sum("/slow") >= 1.2345, "observed " + sum("/slow"));
  }

  @Test
  void latencyIsExactWhenNotRounded() {
    use(HttpMetrics.builder());
    Route.of("GET", "/slow").callFinished(System.nanoTime() - 1_234_567_891L, 200);

    double observed = sum("/slow");
    assertTrue(observed > 1.2345679 && observed < 1.3, "observed " + observed);
  }

  @Test
  void onlyObservedLabelSetsAppear() {
    use(HttpMetrics.builder());
    Route.of("GET", "/never-called");

    assertEquals(Map.of(), scrape().series(COUNT));
  }

  @Test
  void routesFollowTheDefaultWhenItChanges() {
    Route route = Route.of("GET", "/books");
    use(HttpMetrics.builder());
    route.callFinished(System.nanoTime(), 200);

    PrometheusRegistry second = new PrometheusRegistry();
    HttpMetrics.setDefault(HttpMetrics.builder().register(second));
    route.callFinished(System.nanoTime(), 200);
    route.callFinished(System.nanoTime(), 200);

    assertEquals(1.0, scrape().value(COUNT, labels("method", "GET", "handler", "/books", "status", "2xx")));
    assertEquals(2.0, Scrape.of(second).value(COUNT, labels("method", "GET", "handler", "/books", "status", "2xx")));
  }

  @Test
  void histogramsAreClassicOnlyByDefault() {
    HttpMetrics metrics = HttpMetrics.builder().register(registry);
    HttpMetrics.setDefault(metrics);
    request("GET", "/", 200);

    HistogramSnapshot.HistogramDataPointSnapshot point = onlyDataPoint();
    assertTrue(point.hasClassicHistogramData());
    assertFalse(point.hasNativeHistogramData());
  }

  @Test
  void nativeHistogramsKeepTheClassicBucketsBeside() {
    HttpMetrics metrics = HttpMetrics.builder().nativeHistograms(true).register(registry);
    HttpMetrics.setDefault(metrics);
    request("GET", "/", 200);

    HistogramSnapshot.HistogramDataPointSnapshot point = onlyDataPoint();
    assertTrue(point.hasNativeHistogramData());
    assertTrue(point.hasClassicHistogramData());
    assertEquals(HttpMetrics.DEFAULT_BUCKETS.size() + 1, bucketBounds().size());
  }

  private HistogramSnapshot.HistogramDataPointSnapshot onlyDataPoint() {
    HistogramSnapshot histogram = (HistogramSnapshot) registry.scrape().get(0);
    assertEquals(1, histogram.getDataPoints().size());
    return histogram.getDataPoints().get(0);
  }

  @Test
  void durationsInSecondsCarryTheUnit() throws IOException {
    use(HttpMetrics.builder());
    request("GET", "/", 200);

    assertTrue(openMetrics().contains("# UNIT http_request_duration_seconds seconds\n"));
  }

  @Test
  void aNameWithoutSecondsCarriesNoUnit() throws IOException {
    use(HttpMetrics.builder().metricName("http_latency"));
    request("GET", "/", 200);

    assertFalse(openMetrics().contains("# UNIT"), openMetrics());
  }

  @Test
  void latencyRoundedToZeroDecimalsIsWholeSeconds() {
    use(HttpMetrics.builder().roundLatency(true).roundLatencyDecimals(0));
    Route.of("GET", "/slow").callFinished(System.nanoTime() - 1_600_000_000L, 200);

    assertEquals(2.0, scrape().value(SUM, labels("method", "GET", "handler", "/slow", "status", "2xx")));
  }

  @Test
  void latencyRoundedToNineDecimalsIsExactToTheNanosecond() {
    use(HttpMetrics.builder().roundLatency(true).roundLatencyDecimals(9));
    Route.of("GET", "/slow").callFinished(System.nanoTime() - 1_000_000_000L, 200);

    double seconds = scrape().value(SUM, labels("method", "GET", "handler", "/slow", "status", "2xx"));
    assertEquals(seconds, Math.round(seconds * 1e9) / 1e9);
    assertEquals(1.0, seconds, 0.5);
  }

  /**
   * Each label set's data point is created on its first request and kept, whatever the status
   * class, so that later requests only observe (no lookup per request). Statuses at the edges of
   * the standard range count too; those outside it are looked up each time.
   */
  @Test
  void dataPointsAreCreatedOncePerLabelSet() {
    AtomicInteger created = new AtomicInteger();
    use(
        HttpMetrics.builder()
            .groupStatusCodes(false)
            .dataPointsThrough(
                point -> {
                  created.incrementAndGet();
                  return point;
                }));
    Route route = Route.of("GET", "/books");
    int[] statuses = {100, 200, 404, 599};
    for (int i = 0; i < 50; i++) {
      for (int status : statuses) {
        route.callFinished(System.nanoTime(), status);
      }
    }
    assertEquals(statuses.length, created.get());

    route.callFinished(System.nanoTime(), 600);
    route.callFinished(System.nanoTime(), 600);
    assertEquals(statuses.length + 2, created.get());
  }

  private String openMetrics() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenMetricsTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noSeriesBeforeTheFirstRequestByDefault() {
    use(HttpMetrics.builder());

    assertFalse(Recorder.ofDefault().createSeries("GET", "/books"));
    assertEquals(Map.of(), scrape().series(COUNT));
  }

  /** Created at zero, each series is the one the route's first request then counts in. */
  @Test
  void seriesCreatedAtStartupStartAtZeroAndCountTheRoutesRequests() {
    use(HttpMetrics.builder().createSeriesAtStartup(true));
    HttpMetrics metrics = HttpMetrics.getDefault();

    assertTrue(Recorder.of(metrics).createSeries("GET", "/books"));
    assertTrue(Recorder.of(metrics).createSeries("POST", "/books"));
    assertFalse(Recorder.of(metrics).createSeries("GET", "/metrics"), "an excluded handler");
    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/books", "status", "2xx"), 0.0,
            labels("method", "POST", "handler", "/books", "status", "2xx"), 0.0),
        scrape().series(COUNT));

    request("GET", "/books", 200);
    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/books", "status", "2xx"), 1.0,
            labels("method", "POST", "handler", "/books", "status", "2xx"), 0.0),
        scrape().series(COUNT));
  }

  @Test
  void theDefaultOnceSetIsTheOneCompanionsFind() {
    use(HttpMetrics.builder());

    assertSame(HttpMetrics.getDefault(), Recorder.defaultIfSet().metrics());
  }

  /** Both metrics leave the registry, so that the next application can register its own. */
  @Test
  void unregisteringTakesTheRequestCounterToo() {
    HttpMetrics.builder().requestsTotal(true).register(registry).unregister();

    HttpMetrics next = HttpMetrics.builder().requestsTotal(true).register(registry);
    Companion.recordRequest(next, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
    assertEquals(1.0, scrape().series("http_requests_total").get(labels("method", "GET", "handler", "/books", "status", "2xx")));
  }

  @Test
  void seriesCreatedAtStartupTakeTheExactSuccessStatusWhenStatusesAreExact() {
    use(HttpMetrics.builder().createSeriesAtStartup(true).groupStatusCodes(false));

    Recorder.ofDefault().createSeries("DELETE", "/books/{isbn}");

    assertEquals(
        Map.of(labels("method", "DELETE", "handler", "/books/{isbn}", "status", "200"), 0.0),
        scrape().series(COUNT));
  }

  @Test
  void noRequestCounterByDefault() {
    use(HttpMetrics.builder());
    request("GET", "/books", 200);

    assertEquals(Map.of(), scrape().series("http_requests_total"));
  }

  /** The counter holds what the histogram's _count holds, named and labelled alike. */
  @Test
  void theRequestCounterCountsEveryRecordedRequest() {
    use(HttpMetrics.builder().requestsTotal(true).namespace("shop").constantLabels(Map.of("service", "bookstore")));
    request("GET", "/books", 200);
    request("GET", "/books", 201);
    request("GET", "/books", 404);
    Companion.recordUntemplated(HttpMetrics.getDefault(), "GET", "/nowhere", 404, System.nanoTime());

    Map<Map<String, String>, Double> expected =
        Map.of(
            labels("method", "GET", "handler", "/books", "status", "2xx", "service", "bookstore"), 2.0,
            labels("method", "GET", "handler", "/books", "status", "4xx", "service", "bookstore"), 1.0,
            labels("method", "GET", "handler", "none", "status", "4xx", "service", "bookstore"), 1.0);
    assertEquals(expected, scrape().series("shop_http_requests_total"));
    assertEquals(expected, scrape().series("shop_http_request_duration_seconds_count"));
  }

  /** As prometheus_client joins them: namespace, subsystem and name, each only when given. */
  @Test
  void namespaceAndSubsystemPrefixTheMetricName() {
    assertEquals(
        List.of("bookstore_api_http_request_duration_seconds"),
        familyNamesAfterOneRequest(HttpMetrics.builder().namespace("bookstore").subsystem("api")));
    assertEquals(
        List.of("api_http_request_duration_seconds"),
        familyNamesAfterOneRequest(HttpMetrics.builder().namespace("").subsystem("api")));
    assertEquals(
        List.of("bookstore_latency_seconds"),
        familyNamesAfterOneRequest(HttpMetrics.builder().namespace("bookstore").metricName("latency_seconds")));
  }

  @Test
  void constantLabelsAreOnEverySeriesInTheirOrder() {
    use(HttpMetrics.builder().constantLabels(Map.of("service", "bookstore")));
    request("GET", "/books", 200);
    Companion.recordUntemplated(HttpMetrics.getDefault(), "GET", "/nowhere", 404, System.nanoTime());

    assertEquals(
        Map.of(
            labels("method", "GET", "handler", "/books", "status", "2xx", "service", "bookstore"), 1.0,
            labels("method", "GET", "handler", "none", "status", "4xx", "service", "bookstore"), 1.0),
        scrape().series(COUNT));
  }

  private List<String> familyNamesAfterOneRequest(HttpMetrics.Builder builder) {
    PrometheusRegistry own = new PrometheusRegistry();
    Route route = Route.of("GET", "/books");
    Companion.recordRequest(builder.register(own), route, "GET", System.nanoTime(), 200);
    return own.scrape().stream().map(snapshot -> snapshot.getMetadata().getName()).toList();
  }

  /**
   * A companion whose application stops unregisters its metrics, so that the next application in
   * the JVM can register its own in the same registry.
   */
  @Test
  void unregisteredMetricsLeaveTheirRegistryForTheNext() {
    HttpMetrics first = HttpMetrics.builder().register(registry);
    assertSame(registry, first.registry());
    Route route = Route.of("GET", "/books");
    Companion.recordRequest(first, route, "GET", System.nanoTime(), 200);
    assertEquals(1.0, scrape().series(COUNT).get(labels("method", "GET", "handler", "/books", "status", "2xx")));

    first.unregister();

    assertTrue(scrape().series(COUNT).isEmpty(), "unregistered, its series are no longer scraped");
    HttpMetrics next = HttpMetrics.builder().register(registry);
    Companion.recordRequest(next, route, "GET", System.nanoTime(), 200);
    assertEquals(1.0, scrape().series(COUNT).get(labels("method", "GET", "handler", "/books", "status", "2xx")));
  }

  private void use(HttpMetrics.Builder builder) {
    HttpMetrics.setDefault(builder.register(registry));
  }

  private static void request(String method, String template, int status) {
    Route.of(method, template).callFinished(System.nanoTime(), status);
  }

  private Scrape scrape() {
    return Scrape.of(registry);
  }

  private Map<String, Double> countsByLabel(String label) {
    return scrape().series(COUNT).entrySet().stream()
        .collect(Collectors.groupingBy(e -> e.getKey().get(label), Collectors.summingDouble(Map.Entry::getValue)));
  }

  private double sum(String handler) {
    return scrape().series("http_request_duration_seconds_sum").entrySet().stream()
        .filter(e -> e.getKey().get("handler").equals(handler))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  private List<String> bucketBounds() {
    return scrape().series("http_request_duration_seconds_bucket").keySet().stream()
        .map(labels -> labels.get("le"))
        .toList();
  }
}
