package dev.instrumentator.jersey;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.spi.DecoratorName;
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
  private int timedRoutes;

  private StartupReport() {}

  /** Reads the resource model Jersey serves, once every model processor has run. */
  static StartupReport of(ResourceModel model) {
    StartupReport report = new StartupReport();
    for (Resource resource : model.getRootResources()) {
      report.read(resource);
    }
    return report;
  }

  void log() {
    if (HttpMetrics.isEnabled()) {
      LOGGER.log(
          Level.INFO,
          "instrumentator times {0} routes of {1} @Instrumented resources",
          timedRoutes,
          decorators.size());
    } else {
      LOGGER.log(
          Level.INFO,
          "instrumentator records nothing ({2} or {3} is false): it serves {0} routes of {1}"
              + " @Instrumented resources through their decorators, untimed",
          timedRoutes,
          decorators.size(),
          HttpMetrics.ENABLED_PROPERTY,
          HttpMetrics.ENABLED_VARIABLE);
    }
    for (Class<?> original : withoutDecorator) {
      LOGGER.log(Level.WARNING, DecoratorName.missingDecoratorMessage(original.getName()));
    }
  }

  private void read(Resource resource) {
    for (ResourceMethod method : resource.getResourceMethods()) {
      Class<?> handler = method.getInvocable().getHandler().getHandlerClass();
      if (Decorators.isDecorator(handler)) {
        decorators.add(handler);
        if (method.getInvocable().getHandlingMethod().getDeclaringClass() == handler) {
          timedRoutes++;
        }
      } else if (handler.isAnnotationPresent(Instrumented.class)) {
        withoutDecorator.add(handler);
      }
    }
    for (Resource child : resource.getChildResources()) {
      read(child);
    }
  }
}
