package dev.instrumentator.jersey;

import jakarta.ws.rs.core.Configuration;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Serves each {@code @Instrumented} resource through its decorator, however the application
 * registered it: an original registered by class is replaced by its decorator, and one found by
 * package scanning next to its decorator is dropped. Without this, an original and its decorator
 * side by side declare every resource method twice, and Jersey refuses to start ("ambiguous
 * (sub-)resource method").
 *
 * <p>Jersey checks sub-resource locators earlier, while it merges the classes registered on one
 * path, before any model processor runs: {@link InstrumentatorFeature} reports that case itself.
 */
final class DecoratorsInPlace implements ModelProcessor {
  private static final System.Logger LOGGER =
      System.getLogger(InstrumentatorFeature.class.getName());

  @Override
  public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
    Set<Class<?>> registered = new HashSet<>();
    for (Resource resource : model.getRootResources()) {
      registered.addAll(resource.getHandlerClasses());
    }
    Set<Class<?>> served = new HashSet<>();
    ResourceModel.Builder result = new ResourceModel.Builder(false);
    for (Resource resource : model.getRootResources()) {
      List<Class<?>> handlers = new ArrayList<>();
      boolean replaced = false;
      for (Class<?> handler : resource.getHandlerClasses()) {
        Class<?> decorator = Decorators.of(handler);
        if (decorator == null) {
          handlers.add(handler);
          continue;
        }
        replaced = true;
        // Registered too, or put in place already: the original goes, the decorator stays once.
        if (!registered.contains(decorator) && served.add(decorator)) {
          handlers.add(decorator);
        }
        LOGGER.log(
            Level.DEBUG,
            "serving {0} through its decorator {1}",
            handler.getName(),
            decorator.getName());
      }
      if (!replaced) {
        result.addResource(resource);
      } else if (!handlers.isEmpty()) {
        result.addResource(fromClasses(handlers));
      }
    }
    return result.build();
  }

  @Override
  public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
    return model;
  }

  private static Resource fromClasses(List<Class<?>> handlers) {
    Resource.Builder merged = Resource.builder(Resource.from(handlers.get(0)));
    for (Class<?> handler : handlers.subList(1, handlers.size())) {
      merged.mergeWith(Resource.from(handler));
    }
    return merged.build();
  }
}
