package dev.instrumentator.jersey;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.RouteTemplate;
import java.lang.System.Logger.Level;
import java.util.LinkedHashSet;
import java.util.Set;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * What the companion says once an application has started, so that no set-up records nothing in
 * silence: how many routes of how many {@code @Instrumented} resources it times, and, as a
 * warning, each {@code @Instrumented} resource served without a decorator, which means the
 * annotation processor did not run.
 */
final class StartupReport {
  private static final System.Logger LOGGER =
      System.getLogger(InstrumentatorFeature.class.getName());

  private final Set<Class<?>> decorators = new LinkedHashSet<>();
  private final Set<Class<?>> withoutDecorator = new LinkedHashSet<>();
  /** Each timed route. */
  private final Set<TimedRoute> timedRoutes = new LinkedHashSet<>();
  private int createdSeries;

  private StartupReport() {}

  /** Reads the resource model Jersey serves, once every model processor has run. */
  static StartupReport of(ResourceModel model) {
    StartupReport report = new StartupReport();
    for (Resource resource : model.getRootResources()) {
      report.read(resource, "");
    }
    return report;
  }

  /**
   * Creates the series of every timed route in the metrics of {@code recorder}, if they are set
   * to ({@link HttpMetrics.Builder#createSeriesAtStartup}), for the log line.
   */
  void createSeries(Recorder recorder) {
    for (TimedRoute route : timedRoutes) {
      if (recorder.createSeries(route.method(), route.template())) {
        createdSeries++;
      }
    }
  }

  void log() {
    if (HttpMetrics.isEnabled()) {
      LOGGER.log(
          Level.INFO,
          "instrumentator times {0} routes of {1} @Instrumented resources{2}",
          timedRoutes.size(),
          decorators.size(),
          createdSeries > 0 ? ", and created their " + createdSeries + " series at zero" : "");
    } else {
      LOGGER.log(
          Level.INFO,
          "instrumentator records nothing ({2} or {3} is false): it serves {0} routes of {1}"
              + " @Instrumented resources through their decorators, untimed",
          timedRoutes.size(),
          decorators.size(),
          HttpMetrics.ENABLED_PROPERTY,
          HttpMetrics.ENABLED_VARIABLE);
    }
    for (Class<?> original : withoutDecorator) {
      LOGGER.log(Level.WARNING, DecoratorName.missingDecoratorMessage(original.getName()));
    }
  }

  /** @param parentPath the templates of the resources above, joined: empty for a root resource */
  private void read(Resource resource, String parentPath) {
    String path = parentPath + "/" + (resource.getPath() == null ? "" : resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      Class<?> handler = method.getInvocable().getHandler().getHandlerClass();
      if (Decorators.isDecorator(handler)) {
        decorators.add(handler);
        if (method.getInvocable().getHandlingMethod().getDeclaringClass() == handler) {
          timedRoutes.add(new TimedRoute(method.getHttpMethod(), RouteTemplate.normalize(path)));
        }
      } else if (handler.isAnnotationPresent(Instrumented.class)) {
        withoutDecorator.add(handler);
      }
    }
    for (Resource child : resource.getChildResources()) {
      read(child, path);
    }
  }

  /** A route a decorator times: the series created for it at start-up. */
  private record TimedRoute(String method, String template) {}
}
