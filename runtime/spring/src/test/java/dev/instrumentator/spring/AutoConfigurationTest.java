package dev.instrumentator.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
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
          assertThat(context).hasSingleBean(HttpMetrics.class);
          assertThat(context).hasSingleBean(DecoratorSwap.class);
          assertThat(context).hasSingleBean(RequestRecorder.class);
          assertThat(context).hasSingleBean(StartupReport.class);
          assertThat(context).doesNotHaveBean(ReactiveWarning.class);
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
              assertThat(context).doesNotHaveBean(ReactiveWarning.class);
            });
  }

  @Test
  void aReactiveApplicationIsWarnedAndLeftAlone() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReactiveWarning.class);
              assertThat(context).doesNotHaveBean(HttpMetrics.class);
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
