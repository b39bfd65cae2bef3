package dev.instrumentator.spring;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.internal.EnabledSwitch;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sets instrumentator up in a Spring Boot application with nothing to write: each
 * {@code @Instrumented} controller is served by its decorator, and each request is timed once, in
 * a servlet filter ahead of Spring Security, into this application context's own {@link
 * HttpMetrics}. {@code instrumentator.enabled=false} turns it all off; {@link
 * InstrumentatorProperties} lists the options.
 *
 * <p>The histogram goes into actuator's {@link PrometheusRegistry}, so that {@code
 * /actuator/prometheus} shows it, or, without actuator, into the default registry, which {@code
 * instrumentator.metrics-endpoint.enabled=true} serves at {@code /metrics}. An application that
 * defines an {@link HttpMetrics} bean of its own records into that one.
 */
@AutoConfiguration(
    // After actuator's Prometheus registry, which the metrics go into, and after the observation
    // auto-configuration whose filter instrumentator's follows (docs/design.md, fact S6); each
    // named for Spring Boot 4 and 3.5, which keep them in different packages.
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.observation.web.servlet.WebMvcObservationAutoConfiguration"
    })
@ConditionalOnProperty(prefix = "instrumentator", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(InstrumentatorProperties.class)
public class InstrumentatorAutoConfiguration {
  /**
   * The default order of instrumentator's filter ({@code instrumentator.filter-order}): ahead of
   * Spring Security ({@code -100}) and of everything else that may answer a request, right after
   * Spring's own observation filter (docs/design.md, fact S6).
   */
  public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

  private static final Log LOG = LogFactory.getLog(InstrumentatorAutoConfiguration.class);
  /** The classes that tell Spring MVC and Spring WebFlux are on the class path. */
  private static final String SPRING_MVC = "org.springframework.web.servlet.DispatcherServlet";

  private static final String SPRING_WEBFLUX = "org.springframework.web.reactive.DispatcherHandler";

  /** Spring MVC on servlets: what instrumentator supports. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = Type.SERVLET)
  @ConditionalOnClass(name = SPRING_MVC)
  static class ServletConfiguration {

    @Bean
    RequestRecorder instrumentatorRequestRecorder(
        HttpMetrics metrics,
        ObjectProvider<org.springframework.web.servlet.handler.AbstractHandlerMethodMapping<?>>
            mappings) {
      return new RequestRecorder(metrics, new HandlerLookup(mappings));
    }

    /**
     * Made as the web server starts, before any controller: so is the default metrics' setting,
     * before a controller could make a call that no request made.
     */
    @Bean
    @DependsOn("instrumentatorDefaultMetrics")
    FilterRegistrationBean<RequestTimingFilter> instrumentatorRequestTiming(
        RequestRecorder recorder, InstrumentatorProperties properties) {
      FilterRegistrationBean<RequestTimingFilter> registration =
          new FilterRegistrationBean<>(new RequestTimingFilter(recorder));
      registration.setName("instrumentatorRequestTiming");
      registration.setOrder(properties.getFilterOrder());
      // Error dispatches belong to the request that the first dispatch times; an asynchronous
      // dispatch that ends it is where it is recorded.
      registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
      return registration;
    }

    /**
     * Only when the metrics keep the in-progress gauge, whether the property or an application's
     * own {@link HttpMetrics} bean asks for it: the moment a handler method starts on a request.
     */
    @Bean
    WebMvcConfigurer instrumentatorInProgress(RequestRecorder recorder) {
      return new WebMvcConfigurer() {
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
          if (recorder.tracksInProgress()) {
            registry.addInterceptor(new InProgressInterceptor(recorder));
          }
        }
      };
    }

    @Bean
    @ConditionalOnProperty(prefix = "instrumentator.metrics-endpoint", name = "enabled")
    ServletRegistrationBean<PrometheusMetricsServlet> instrumentatorMetricsEndpoint(
        HttpMetrics metrics, InstrumentatorProperties properties) {
      String path = metricsEndpointPath(properties);
      ServletRegistrationBean<PrometheusMetricsServlet> registration =
          new ServletRegistrationBean<>(new PrometheusMetricsServlet(metrics.registry()), path);
      registration.setName("instrumentatorMetricsEndpoint");
      return registration;
    }

    @Bean
    StartupReport instrumentatorStartupReport(
        HttpMetrics metrics,
        ObjectProvider<RequestMappingHandlerMapping> mappings,
        ObjectProvider<PrometheusRegistry> registries,
        InstrumentatorProperties properties,
        Environment environment) {
      return new StartupReport(
          () ->
              mappings
                  .orderedStream()
                  .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                  .map(
                      mapped ->
                          new StartupReport.MappedHandler(
                              mapped.getValue(),
                              mapped.getKey().getMethodsCondition().getMethods().stream()
                                  .map(Enum::name)
                                  .toList(),
                              mapped.getKey().getPatternValues())),
          ClassUtils.isPresent(SPRING_WEBFLUX, InstrumentatorAutoConfiguration.class.getClassLoader())
              ? "Spring MVC, which Spring Boot chose over Spring WebFlux, also on the class path"
              : "Spring MVC",
          metrics,
          StartupReport.whereRecorded(metrics.registry(), registries, properties, environment));
    }
  }

  /**
   * What both stacks share: the decorators served in the originals' place, the metrics, and the
   * libraries that would otherwise see the decorator's class where they expect the controller's.
   */
  @Configuration(proxyBeanMethods = false)
  @Conditional(OnSupportedStack.class)
  static class CommonConfiguration {

    /** Static: it changes bean definitions, before any bean of this class can exist. */
    @Bean
    static DecoratorSwap instrumentatorDecoratorSwap(Environment environment) {
      warnIfNeitherTrueNorFalse(environment);
      return new DecoratorSwap();
    }

    /**
     * {@code instrumentator.enabled} set, in the application's configuration, to a value that is
     * neither true nor false leaves instrumentator on, with the warning the runtime gives for the
     * system property and the environment variable, which it reads itself (the same rule, {@link
     * EnabledSwitch}): never a failure to start.
     */
    private static void warnIfNeitherTrueNorFalse(Environment environment) {
      boolean readByTheRuntime =
          System.getProperty(HttpMetrics.ENABLED_PROPERTY) != null
              || System.getenv(HttpMetrics.ENABLED_VARIABLE) != null;
      if (!readByTheRuntime) {
        EnabledSwitch.isOn(HttpMetrics.ENABLED_PROPERTY, environment.getProperty(HttpMetrics.ENABLED_PROPERTY));
      }
    }

    @Bean(destroyMethod = "unregister")
    @ConditionalOnMissingBean
    HttpMetrics instrumentatorHttpMetrics(
        InstrumentatorProperties properties,
        ObjectProvider<PrometheusRegistry> registries,
        ObjectProvider<RequestListener> listeners) {
      HttpMetrics.Builder builder =
          properties.metrics().listeners(listeners.orderedStream().toArray(RequestListener[]::new));
      PrometheusRegistry actuators = registries.getIfUnique();
      return actuators != null ? builder.register(actuators) : inDefaultRegistry(builder);
    }

    /** The context's metrics, its own or the application's, become the process's default. */
    @Bean
    DefaultMetrics instrumentatorDefaultMetrics(HttpMetrics metrics) {
      return new DefaultMetrics(metrics);
    }


    /**
     * The default registry, unless another application context in this JVM (Spring's test
     * framework keeps several) or the application itself has a histogram of this name there.
     */
    private static HttpMetrics inDefaultRegistry(HttpMetrics.Builder builder) {
      try {
        return builder.register(PrometheusRegistry.defaultRegistry);
      } catch (IllegalStateException taken) {
        LOG.warn(
            "instrumentator: the default Prometheus registry already has the request-duration"
                + " histogram (of another application context in this JVM, or of the application):"
                + " this context records into a registry of its own, which"
                + " instrumentator.metrics-endpoint serves. (" + taken.getMessage() + ")");
        return builder.register(new PrometheusRegistry());
      }
    }

    /**
     * Micrometer's annotations name the class of a timed method: the controller's, not its
     * decorator's.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.config.MeterFilter")
    static class MicrometerConfiguration {

      @Bean
      ControllerClassTag instrumentatorControllerClassTag(ResourceLoader resources) {
        return new ControllerClassTag(resources.getClassLoader());
      }
    }

    /** Micrometer's meters keep away from the names of instrumentator's metrics. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.prometheusmetrics.PrometheusNamingConvention")
    static class PrometheusMeterConfiguration {

      @Bean
      static MeterNameGuard instrumentatorMeterNameGuard(ObjectProvider<HttpMetrics> metrics) {
        return new MeterNameGuard(metrics);
      }
    }

    /** springdoc's default tags name the controller, not its decorator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOperationCustomizer")
    static class SpringdocConfiguration {

      @Bean
      SpringdocTags instrumentatorSpringdocTags() {
        return new SpringdocTags();
      }
    }
  }

  /** Spring WebFlux, with its annotated controllers. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = Type.REACTIVE)
  @ConditionalOnClass(name = SPRING_WEBFLUX)
  static class ReactiveConfiguration {

    @Bean
    ExchangeRecorder instrumentatorExchangeRecorder(
        HttpMetrics metrics,
        ObjectProvider<org.springframework.web.reactive.result.method.AbstractHandlerMethodMapping<?>>
            mappings) {
      return new ExchangeRecorder(metrics, mappings);
    }

    /**
     * Made as the web server starts, before any controller: so is the default metrics' setting,
     * before a controller could make a call that no request made.
     */
    @Bean
    @DependsOn("instrumentatorDefaultMetrics")
    ReactiveRequestTiming instrumentatorRequestTiming(
        ExchangeRecorder recorder, InstrumentatorProperties properties) {
      return new ReactiveRequestTiming(recorder, properties.getFilterOrder());
    }

    @Bean
    @ConditionalOnProperty(prefix = "instrumentator.metrics-endpoint", name = "enabled")
    RouterFunction<ServerResponse> instrumentatorMetricsEndpoint(
        HttpMetrics metrics, InstrumentatorProperties properties) {
      return ReactiveMetricsEndpoint.at(metricsEndpointPath(properties), metrics.registry());
    }

    @Bean
    StartupReport instrumentatorStartupReport(
        HttpMetrics metrics,
        ObjectProvider<org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping>
            mappings,
        ObjectProvider<PrometheusRegistry> registries,
        InstrumentatorProperties properties,
        Environment environment) {
      return new StartupReport(
          () ->
              mappings
                  .orderedStream()
                  .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                  .map(
                      mapped ->
                          new StartupReport.MappedHandler(
                              mapped.getValue(),
                              mapped.getKey().getMethodsCondition().getMethods().stream()
                                  .map(Enum::name)
                                  .toList(),
                              mapped.getKey().getPatternsCondition().getPatterns().stream()
                                  .map(PathPattern::getPatternString)
                                  .toList())),
          "Spring WebFlux",
          metrics,
          StartupReport.whereRecorded(metrics.registry(), registries, properties, environment));
    }
  }

  /** Spring MVC or Spring WebFlux, whichever Spring Boot serves the application with. */
  static class OnSupportedStack extends AnyNestedCondition {
    OnSupportedStack() {
      super(ConfigurationPhase.PARSE_CONFIGURATION);
    }

    @ConditionalOnWebApplication(type = Type.SERVLET)
    @ConditionalOnClass(name = SPRING_MVC)
    static class SpringMvc {}

    @ConditionalOnWebApplication(type = Type.REACTIVE)
    @ConditionalOnClass(name = SPRING_WEBFLUX)
    static class SpringWebFlux {}
  }

  /**
   * {@code instrumentator.metrics-endpoint.path}, checked.
   *
   * @throws IllegalArgumentException naming the value, unless it is a plain path
   */
  private static String metricsEndpointPath(InstrumentatorProperties properties) {
    String path = properties.getMetricsEndpoint().getPath();
    if (path == null || !path.startsWith("/") || path.contains("*")) {
      throw new IllegalArgumentException(
          "instrumentator.metrics-endpoint.path=" + path + " is refused: give a plain path"
              + " such as /metrics");
    }
    return path;
  }
}
