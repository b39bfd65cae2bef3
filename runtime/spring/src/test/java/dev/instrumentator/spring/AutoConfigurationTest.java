package dev.instrumentator.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.testing.LogEvents;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.util.ClassUtils;

/**
 * Each condition of the auto-configuration, as Spring Boot evaluates it, in a context of its own
 * with nothing else configured: what is set up, with which options, and what is left out.
 */
class AutoConfigurationTest {
  private final WebApplicationContextRunner servlet =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
          // The default registry is the process's: each context here keeps a registry of its own.
          .withBean(PrometheusRegistry.class, PrometheusRegistry::new);

  @Test
  void aServletApplicationWithSpringMvcIsSetUp() {
    servlet.run(
        context -> {
          assertThat(context).hasNotFailed();
          // Instances, not merely definitions: a bean method that returned null has a definition.
          for (Class<?> type :
              List.of(
                  HttpMetrics.class,
                  DecoratorSwap.class,
                  RequestRecorder.class,
                  StartupReport.class,
                  DefaultMetrics.class,
                  ControllerClassTag.class,
                  MeterNameGuard.class,
                  SpringdocTags.class)) {
            assertThat(context.getBean(type)).isInstanceOf(type);
          }
          assertThat(context).doesNotHaveBean(ReactiveRequestTiming.class);
          assertThat(context).doesNotHaveBean("instrumentatorMetricsEndpoint");
          assertThat(timingFilter(context).getOrder())
              .isEqualTo(InstrumentatorAutoConfiguration.FILTER_ORDER);
          assertThat(context.getBean(HttpMetrics.class).registry())
              .isSameAs(context.getBean(PrometheusRegistry.class));
          assertThat(HttpMetrics.getDefault()).isSameAs(context.getBean(HttpMetrics.class));
        });
  }

  @Test
  void theFilterOrderIsAProperty() {
    servlet
        .withPropertyValues("instrumentator.filter-order=-50")
        .run(context -> assertThat(timingFilter(context).getOrder()).isEqualTo(-50));
  }

  @Test
  void theOptionsAreTheProperties() {
    servlet
        .withPropertyValues("instrumentator.in-progress=true", "instrumentator.namespace=shop")
        .run(
            context ->
                assertThat(context.getBean(HttpMetrics.class).prometheusNames())
                    .containsExactly("shop_http_request_duration_seconds", "shop_http_requests_inprogress"));
  }

  @Test
  void theDialectsAndKnownMethodsAreProperties() {
    servlet
        .withPropertyValues(
            "instrumentator.dialects=opentelemetry", "instrumentator.known-methods=GET,PURGE")
        .run(
            context -> {
              InstrumentatorProperties properties = context.getBean(InstrumentatorProperties.class);
              assertThat(properties.getDialects()).containsExactly(HttpMetrics.Dialect.OPENTELEMETRY);
              assertThat(properties.getKnownMethods()).containsExactly("GET", "PURGE");
              HttpMetrics metrics = context.getBean(HttpMetrics.class);
              assertThat(metrics.prometheusNames())
                  .containsExactly("http_server_request_duration_seconds");
              Route any = Route.of(Route.ANY_METHOD, "/cache");
              any.recordRequest(Recorder.of(metrics), "PURGE", 200, 1_000, -1, -1, "http", null);
              any.recordRequest(Recorder.of(metrics), "POST", 200, 1_000, -1, -1, "http", null);
              assertThat(
                      Scrape.of(metrics.registry())
                          .series("http_server_request_duration_seconds_count")
                          .keySet())
                  .extracting(labels -> labels.get("http_request_method"))
                  .containsExactlyInAnyOrder("PURGE", "_OTHER");
            });
  }

  @Test
  void aPrometheusPropertyWithoutItsDialectStopsStartUpNamingIt() {
    servlet
        .withPropertyValues("instrumentator.dialects=opentelemetry", "instrumentator.requests-total=true")
        .run(
            context ->
                assertThat(refusal(context.getStartupFailure()))
                    .hasMessageStartingWith(
                        "requestsTotal (Spring Boot: instrumentator.requests-total) shape the"
                            + " Prometheus dialect, which dialects[OPENTELEMETRY] leaves out"));
  }

  @Test
  void aBadKnownMethodStopsStartUpNamingIt() {
    servlet
        .withPropertyValues("instrumentator.known-methods=GET,NOT A METHOD")
        .run(
            context ->
                assertThat(refusal(context.getStartupFailure()))
                    .hasMessageStartingWith(
                        "instrumentator.known-methods=[GET, NOT A METHOD] is refused: known method"
                            + " 'NOT A METHOD' is not an HTTP method"));
  }

  /** Unset, each property has the default of the option it sets. */
  @Test
  void unsetPropertiesHaveTheOptionsDefaults() {
    servlet.run(
        context -> {
          InstrumentatorProperties properties = context.getBean(InstrumentatorProperties.class);
          assertThat(properties.isGroupStatusCodes()).isTrue();
          assertThat(properties.isIgnoreUntemplated()).isFalse();
          assertThat(properties.isGroupUntemplated()).isTrue();
          assertThat(properties.isRoundLatency()).isFalse();
          assertThat(properties.isNativeHistograms()).isFalse();
          assertThat(properties.isCreateSeriesAtStartup()).isFalse();
          assertThat(properties.isRequestsTotal()).isFalse();
          assertThat(properties.isSizes()).isFalse();
          assertThat(properties.isExcludeStreamingDuration()).isFalse();
          assertThat(properties.isInProgress()).isFalse();
          assertThat(properties.isInProgressLabels()).isFalse();
          assertThat(properties.isExemplars()).isTrue();
          assertThat(properties.getMetricsEndpoint().isEnabled()).isFalse();
          assertThat(properties.getDialects()).containsExactly(HttpMetrics.Dialect.PROMETHEUS);
          assertThat(properties.getKnownMethods()).isEmpty();
          assertThat(context.getBean(HttpMetrics.class).prometheusNames())
              .containsExactly("http_request_duration_seconds");
        });
  }

  /** Each property, away from its default, is bound and reaches the metrics. */
  @Test
  void everyPropertyReachesTheMetrics() {
    servlet
        .withPropertyValues(
            "instrumentator.group-status-codes=false",
            "instrumentator.ignore-untemplated=true",
            "instrumentator.group-untemplated=false",
            "instrumentator.round-latency=true",
            "instrumentator.round-latency-decimals=2",
            "instrumentator.excluded-handlers=^/health$",
            "instrumentator.buckets=0.5,2",
            "instrumentator.metric-name=latency_seconds",
            "instrumentator.namespace=shop",
            "instrumentator.subsystem=api",
            "instrumentator.constant-labels.service=books",
            "instrumentator.label-names.method=verb",
            "instrumentator.label-names.handler=route",
            "instrumentator.label-names.status=code",
            "instrumentator.untemplated-path-limit=3",
            "instrumentator.native-histograms=true",
            "instrumentator.create-series-at-startup=true",
            "instrumentator.requests-total=true",
            "instrumentator.sizes=true",
            "instrumentator.exclude-streaming-duration=true",
            "instrumentator.in-progress=true",
            "instrumentator.in-progress-name=busy",
            "instrumentator.in-progress-labels=true",
            "instrumentator.exemplars=false",
            "instrumentator.metrics-endpoint.enabled=true",
            "instrumentator.metrics-endpoint.path=/m",
            "instrumentator.filter-order=7")
        .run(
            context -> {
              InstrumentatorProperties properties = context.getBean(InstrumentatorProperties.class);
              assertThat(properties.isGroupStatusCodes()).isFalse();
              assertThat(properties.isIgnoreUntemplated()).isTrue();
              assertThat(properties.isGroupUntemplated()).isFalse();
              assertThat(properties.isRoundLatency()).isTrue();
              assertThat(properties.getRoundLatencyDecimals()).isEqualTo(2);
              assertThat(properties.getExcludedHandlers()).containsExactly("^/health$");
              assertThat(properties.getBuckets()).containsExactly(0.5, 2.0);
              assertThat(properties.getMetricName()).isEqualTo("latency_seconds");
              assertThat(properties.getNamespace()).isEqualTo("shop");
              assertThat(properties.getSubsystem()).isEqualTo("api");
              assertThat(properties.getConstantLabels()).containsExactly(Map.entry("service", "books"));
              assertThat(properties.getLabelNames().getMethod()).isEqualTo("verb");
              assertThat(properties.getLabelNames().getHandler()).isEqualTo("route");
              assertThat(properties.getLabelNames().getStatus()).isEqualTo("code");
              assertThat(properties.getUntemplatedPathLimit()).isEqualTo(3);
              assertThat(properties.isNativeHistograms()).isTrue();
              assertThat(properties.isCreateSeriesAtStartup()).isTrue();
              assertThat(properties.isRequestsTotal()).isTrue();
              assertThat(properties.isSizes()).isTrue();
              assertThat(properties.isExcludeStreamingDuration()).isTrue();
              assertThat(properties.isInProgress()).isTrue();
              assertThat(properties.getInProgressName()).isEqualTo("busy");
              assertThat(properties.isInProgressLabels()).isTrue();
              assertThat(properties.isExemplars()).isFalse();
              assertThat(properties.getMetricsEndpoint().isEnabled()).isTrue();
              assertThat(properties.getMetricsEndpoint().getPath()).isEqualTo("/m");
              assertThat(properties.getFilterOrder()).isEqualTo(7);

              HttpMetrics metrics = context.getBean(HttpMetrics.class);
              assertThat(metrics.prometheusNames())
                  .containsExactly(
                      "shop_api_latency_seconds",
                      "shop_api_http_requests",
                      "shop_api_http_request_size_bytes",
                      "shop_api_http_response_size_bytes",
                      "shop_api_busy");
              Recorder recorder = Recorder.of(metrics);
              assertThat(recorder.excludesStreamingDuration()).isTrue();
              assertThat(recorder.samplesExemplars()).isFalse();
              Route.of("GET", "/books")
                  .recordRequest(recorder, "GET", 201, 1_234_567_891L, 5, 6, "http", null);
              Route.of("GET", "/health").recordRequest(recorder, "GET", 200, 1_000, 0, 0, "http", null);
              recorder.recordUntemplated("GET", "/nowhere", 404, 1_000, 0, 0, "http", null);

              Scrape scrape = Scrape.of(metrics.registry());
              Map<String, String> books =
                  Scrape.labels("verb", "GET", "route", "/books", "code", "201", "service", "books");
              assertThat(scrape.series("shop_api_latency_seconds_count"))
                  .containsExactly(Map.entry(books, 1.0));
              assertThat(scrape.value("shop_api_latency_seconds_sum", books)).isEqualTo(1.23);
              assertThat(scrape.series("shop_api_latency_seconds_bucket").keySet())
                  .extracting(labels -> labels.get("le"))
                  .contains("0.5", "2.0", "+Inf");
            });
  }

  @Test
  void aBadPropertyStopsStartUpNamingIt() {
    servlet
        .withPropertyValues("instrumentator.buckets=1,0.5")
        .run(
            context ->
                assertThat(refusal(context.getStartupFailure()))
                    .hasMessageStartingWith("instrumentator.buckets=[1.0, 0.5] is refused:"));
  }

  @Test
  void anHttpMetricsBeanOfTheApplicationsIsUsedAndMadeTheDefault() {
    HttpMetrics own = HttpMetrics.builder().namespace("own").register(new PrometheusRegistry());
    servlet
        .withBean(HttpMetrics.class, () -> own)
        .run(
            context -> {
              assertThat(context).getBean(HttpMetrics.class).isSameAs(own);
              assertThat(HttpMetrics.getDefault()).isSameAs(own);
            });
  }

  @Test
  void theMetricsEndpointServesTheRegistryAtItsPath() {
    servlet
        .withPropertyValues(
            "instrumentator.metrics-endpoint.enabled=true",
            "instrumentator.metrics-endpoint.path=/prometheus")
        .run(
            context -> {
              ServletRegistrationBean<?> endpoint =
                  context.getBean("instrumentatorMetricsEndpoint", ServletRegistrationBean.class);
              assertThat(endpoint.getServlet()).isInstanceOf(PrometheusMetricsServlet.class);
              assertThat(endpoint.getUrlMappings()).containsExactly("/prometheus");
              assertThat(endpoint.getServletName()).isEqualTo("instrumentatorMetricsEndpoint");
            });
  }

  @Test
  void aMetricsEndpointPathThatIsNoPlainPathIsRefused() {
    servlet
        .withPropertyValues(
            "instrumentator.metrics-endpoint.enabled=true",
            "instrumentator.metrics-endpoint.path=/metrics/*")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessage(
                        "instrumentator.metrics-endpoint.path=/metrics/* is refused: give a plain"
                            + " path such as /metrics"));
  }

  /** As for the system property and the environment variable: on, with a warning. */
  @Test
  void aValueNeitherTrueNorFalseLeavesItOnWithAWarning() {
    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      servlet
          .withPropertyValues("instrumentator.enabled=maybe")
          .run(context -> assertThat(context).hasSingleBean(HttpMetrics.class));
      assertThat(log.records())
          .extracting(LogRecord::getMessage)
          .contains(
              "instrumentator: instrumentator.enabled=maybe is neither true nor false, so"
                  + " requests are recorded; set it to false to record nothing");
    }
  }

  /** Without actuator's registry, the default one, which the context leaves as it closes. */
  @Test
  void withoutActuatorTheHistogramGoesIntoTheDefaultRegistry() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
        .run(
            context ->
                assertThat(context.getBean(HttpMetrics.class).registry())
                    .isSameAs(PrometheusRegistry.defaultRegistry));
    assertThat(
            PrometheusRegistry.defaultRegistry.scrape(
                name -> name.equals("http_request_duration_seconds")))
        .isEmpty();
  }

  /** The start-up line says where the histogram goes and where it is served, in each set-up. */
  @Test
  void startUpSaysWhereTheHistogramIsServed() {
    assertThat(startUpLine(servlet))
        .endsWith(
            ", into actuator's Prometheus registry, served at /actuator/prometheus once"
                + " management.endpoints.web.exposure.include lists prometheus");
    assertThat(
            startUpLine(
                servlet.withPropertyValues(
                    "management.endpoints.web.exposure.include=health,prometheus",
                    "management.endpoints.web.base-path=/manage")))
        .endsWith(", into actuator's Prometheus registry, served at /manage/prometheus");
    WebApplicationContextRunner withoutActuator =
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class));
    assertThat(startUpLine(withoutActuator))
        .endsWith(
            ", into the default Prometheus registry; serve it by adding"
                + " spring-boot-starter-actuator and micrometer-registry-prometheus"
                + " (/actuator/prometheus), or by setting"
                + " instrumentator.metrics-endpoint.enabled=true (/metrics)");
    assertThat(
            startUpLine(
                withoutActuator.withPropertyValues("instrumentator.metrics-endpoint.enabled=true")))
        .endsWith(", into the default Prometheus registry, served at /metrics");
  }

  private static String startUpLine(WebApplicationContextRunner runner) {
    int mark = LogEvents.mark();
    runner.run(context -> assertThat(context).hasNotFailed());
    return LogEvents.since(mark).stream()
        .filter(line -> line.startsWith("INFO instrumentator times"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no start-up line in " + LogEvents.since(mark)));
  }

  /** A second context finds the default registry taken, says so, and keeps a registry of its own. */
  @Test
  void aContextThatFindsTheDefaultRegistryTakenKeepsItsOwn() {
    WebApplicationContextRunner withoutActuator =
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class));
    withoutActuator.run(
        first -> {
          int mark = LogEvents.mark();
          withoutActuator.run(
              second -> {
                assertThat(second.getBean(HttpMetrics.class).registry())
                    .isNotSameAs(PrometheusRegistry.defaultRegistry)
                    .isNotNull();
                assertThat(first.getBean(HttpMetrics.class).registry())
                    .isSameAs(PrometheusRegistry.defaultRegistry);
              });
          assertThat(LogEvents.since(mark))
              .anyMatch(line -> line.startsWith("WARN instrumentator: the default Prometheus registry"));
        });
  }

  @Test
  void falseTurnsEverythingOff() {
    servlet
        .withPropertyValues("instrumentator.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(InstrumentatorProperties.class);
              assertThat(context).doesNotHaveBean(HttpMetrics.class);
              assertThat(context).doesNotHaveBean(DecoratorSwap.class);
            });
  }

  @Test
  void aServletApplicationWithoutSpringMvcIsLeftAlone() {
    servlet
        .withClassLoader(new FilteredClassLoader("org.springframework.web.servlet."))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(HttpMetrics.class);
              assertThat(context).doesNotHaveBean(DecoratorSwap.class);
            });
  }

  @Test
  void anApplicationThatIsNoWebApplicationIsLeftAlone() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(HttpMetrics.class);
              assertThat(context).doesNotHaveBean(ReactiveRequestTiming.class);
            });
  }

  @Test
  void aReactiveApplicationIsTimedByTheReactiveCompanion() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              for (Class<?> type :
                  List.of(
                      HttpMetrics.class,
                      DecoratorSwap.class,
                      ExchangeRecorder.class,
                      ReactiveRequestTiming.class,
                      StartupReport.class,
                      DefaultMetrics.class)) {
                assertThat(context.getBean(type)).isInstanceOf(type);
              }
              assertThat(context).doesNotHaveBean(RequestRecorder.class);
              assertThat(context).doesNotHaveBean("instrumentatorMetricsEndpoint");
              assertThat(context.getBean(ReactiveRequestTiming.class).getOrder())
                  .isEqualTo(InstrumentatorAutoConfiguration.FILTER_ORDER);
            });
  }

  @Test
  void aReactiveApplicationGetsTheFilterOrderAndTheMetricsEndpointItAsksFor() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
        .withPropertyValues(
            "instrumentator.filter-order=-300", "instrumentator.metrics-endpoint.enabled=true")
        .run(
            context -> {
              assertThat(context.getBean(ReactiveRequestTiming.class).getOrder()).isEqualTo(-300);
              RouterFunction<?> endpoint =
                  context.getBean("instrumentatorMetricsEndpoint", RouterFunction.class);
              WebTestClient.bindToRouterFunction(endpoint)
                  .build()
                  .get()
                  .uri("/metrics")
                  .exchange()
                  .expectStatus()
                  .isOk()
                  .expectHeader()
                  .contentType("text/plain;version=0.0.4;charset=utf-8");
            });
  }

  @Test
  void micrometersMeterFiltersOnlyWithMicrometer() {
    servlet.run(
        context -> {
          assertThat(context).hasSingleBean(ControllerClassTag.class);
          assertThat(context).hasSingleBean(MeterNameGuard.class);
        });
    servlet
        .withClassLoader(new FilteredClassLoader("io.micrometer."))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ControllerClassTag.class);
              assertThat(context).doesNotHaveBean(MeterNameGuard.class);
            });
    servlet
        .withClassLoader(new FilteredClassLoader("io.micrometer.prometheusmetrics."))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ControllerClassTag.class);
              assertThat(context).doesNotHaveBean(MeterNameGuard.class);
            });
  }

  @Test
  void springdocsTagsOnlyWithSpringdoc() {
    servlet.run(context -> assertThat(context).hasSingleBean(SpringdocTags.class));
    servlet
        .withClassLoader(new FilteredClassLoader("org.springdoc."))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(SpringdocTags.class);
            });
  }

  /**
   * After actuator's Prometheus auto-configuration, whichever order the application lists them
   * in: the histogram goes into actuator's registry.
   */
  @Test
  void theHistogramGoesIntoActuatorsRegistry() {
    new WebApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                InstrumentatorAutoConfiguration.class,
                present(
                    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"),
                present(
                    "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration")))
        .run(
            context -> {
              assertThat(context).hasSingleBean(PrometheusRegistry.class);
              assertThat(context.getBean(HttpMetrics.class).registry())
                  .isSameAs(context.getBean(PrometheusRegistry.class));
            });
  }

  /** The auto-configuration's order against Boot's, read from its annotation. */
  @Test
  void itRunsAfterBootsPrometheusAndObservationAutoConfigurations() {
    List<String> after =
        Arrays.asList(
            InstrumentatorAutoConfiguration.class
                .getAnnotation(org.springframework.boot.autoconfigure.AutoConfiguration.class)
                .afterName());
    assertThat(after)
        .anyMatch(name -> name.endsWith(".PrometheusMetricsExportAutoConfiguration") && isPresent(name))
        .anyMatch(name -> name.endsWith(".WebMvcObservationAutoConfiguration") && isPresent(name));
  }

  /** The outermost {@code IllegalArgumentException} among the causes of a failed start-up. */
  private static IllegalArgumentException refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException refused) {
        return refused;
      }
    }
    throw new AssertionError("start-up failed for another reason", failure);
  }

  private static FilterRegistrationBean<?> timingFilter(
      org.springframework.context.ApplicationContext context) {
    return context.getBean("instrumentatorRequestTiming", FilterRegistrationBean.class);
  }

  /** The first of {@code names} that this Spring Boot has (4 and 3.5 name it differently). */
  private static Class<?> present(String... names) {
    for (String name : names) {
      if (isPresent(name)) {
        return ClassUtils.resolveClassName(name, null);
      }
    }
    throw new AssertionError("none of " + Arrays.toString(names) + " on the class path");
  }

  private static boolean isPresent(String name) {
    return ClassUtils.isPresent(name, null);
  }
}
