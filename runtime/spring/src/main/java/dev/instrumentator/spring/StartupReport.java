package dev.instrumentator.spring;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.runtime.internal.RouteTemplate;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * What instrumentator says once the application context has started, so that no set-up records
 * nothing in silence: how many handler methods of how many {@code @Instrumented} controllers it
 * times, and where the histogram can be scraped; and, as a warning, each {@code @Instrumented}
 * controller that Spring serves without its decorator.
 */
final class StartupReport implements SmartInitializingSingleton {
  private static final Log LOG = LogFactory.getLog(InstrumentatorAutoConfiguration.class);

  private final Supplier<Stream<MappedHandler>> handlers;
  private final String stack;
  private final HttpMetrics metrics;
  private final String whereRecorded;
  private final Set<Class<?>> decorators = new LinkedHashSet<>();
  private final Set<Class<?>> withoutDecorator = new LinkedHashSet<>();
  /** Each method and template of a timed handler method. */
  private final Set<TimedRoute> timedRoutes = new LinkedHashSet<>();
  private int timedMethods;

  /**
   * @param handlers the handler methods of the application's request mappings
   * @param stack the web stack that serves them, as the report names it
   */
  StartupReport(
      Supplier<Stream<MappedHandler>> handlers,
      String stack,
      HttpMetrics metrics,
      String whereRecorded) {
    this.handlers = handlers;
    this.stack = stack;
    this.metrics = metrics;
    this.whereRecorded = whereRecorded;
  }

  @Override
  public void afterSingletonsInstantiated() {
    handlers.get().forEach(this::read);
    int createdSeries = 0;
    for (TimedRoute route : timedRoutes) {
      if (Recorder.of(metrics).createSeries(route.method(), route.template())) {
        createdSeries++;
      }
    }
    LOG.info(
        "instrumentator times " + timedMethods + " handler methods of " + decorators.size()
            + " @Instrumented controllers (" + stack + "), into " + whereRecorded
            + (createdSeries > 0 ? ", and created " + createdSeries + " series at zero" : ""));
    for (Class<?> original : withoutDecorator) {
      LOG.warn(withoutDecoratorMessage(original));
    }
  }


  private void read(MappedHandler mapped) {
    HandlerMethod handler = mapped.handler();
    Class<?> beanType = handler.getBeanType();
    if (Decorators.isDecorator(beanType)) {
      decorators.add(beanType);
      if (Decorators.times(handler)) {
        timedMethods++;
        // A mapping to any method has no one method to create a series for.
        for (String method : mapped.methods()) {
          for (String pattern : mapped.patterns()) {
            timedRoutes.add(new TimedRoute(method, RouteTemplate.normalize(pattern)));
          }
        }
      }
    } else if (beanType.isAnnotationPresent(Instrumented.class)) {
      withoutDecorator.add(beanType);
    }
  }

  /**
   * Either the processor did not run, or it did and the bean was not made from its class name
   * (a {@code @Bean} method), so that {@link DecoratorSwap} could not swap it.
   */
  static String withoutDecoratorMessage(Class<?> original) {
    String decorator = DecoratorName.of(original.getName());
    if (!ClassUtils.isPresent(decorator, original.getClassLoader())) {
      return DecoratorName.missingDecoratorMessage(original.getName());
    }
    String simpleName = ClassUtils.getShortName(decorator);
    return "instrumentator: " + original.getName() + " is @Instrumented, but its bean is not made"
        + " from its class name (a @Bean method makes it?), so it is served without its decorator"
        + " and none of its requests is timed. Return new " + simpleName + "(...) from that"
        + " method, or let component scanning find " + original.getSimpleName() + ".";
  }

  /**
   * Where the histogram is, and how it is served, for the report: actuator's registry, the
   * default one, or another.
   */
  static String whereRecorded(
      PrometheusRegistry registry,
      ObjectProvider<PrometheusRegistry> registries,
      InstrumentatorProperties properties,
      Environment environment) {
    InstrumentatorProperties.MetricsEndpoint endpoint = properties.getMetricsEndpoint();
    String served = endpoint.isEnabled() ? ", served at " + endpoint.getPath() : "";
    if (registry == registries.getIfUnique()) {
      String basePath = environment.getProperty("management.endpoints.web.base-path", "/actuator");
      String actuator = basePath + "/prometheus";
      return "actuator's Prometheus registry, served at " + actuator
          + (prometheusExposed(environment)
              ? served
              : " once management.endpoints.web.exposure.include lists prometheus" + served);
    }
    if (registry == PrometheusRegistry.defaultRegistry) {
      return "the default Prometheus registry"
          + (endpoint.isEnabled()
              ? served
              : "; serve it by adding spring-boot-starter-actuator and"
                  + " micrometer-registry-prometheus (/actuator/prometheus), or by setting"
                  + " instrumentator.metrics-endpoint.enabled=true (/metrics)");
    }
    return "a registry of its own" + served;
  }

  private static boolean prometheusExposed(Environment environment) {
    String included = environment.getProperty("management.endpoints.web.exposure.include", "");
    return Arrays.stream(included.split(","))
        .map(String::strip)
        .anyMatch(id -> id.equals("prometheus") || id.equals("*"));
  }

  /**
   * A handler method as a request mapping maps it, Spring MVC's or WebFlux's: its HTTP methods
   * (none for any method) and its path patterns.
   */
  record MappedHandler(HandlerMethod handler, Collection<String> methods, Collection<String> patterns) {}

  /** A route a decorator times: the series created for it at start-up. */
  private record TimedRoute(String method, String template) {}
}
