package dev.instrumentator.jersey;

import static java.util.Objects.requireNonNull;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.TimedRequest;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.model.Resource;

/**
 * The JAX-RS companion of the generated decorators, for Jersey. Jersey registers it by itself
 * ({@link InstrumentatorAutoDiscoverable}); registering it explicitly as well changes nothing.
 *
 * <p>Resources are registered as usual, by class or by package scanning, originals and
 * decorators alike: each {@code @Instrumented} resource is served by its decorator, never next to
 * it. (Start-up reports the two exceptions: an original registered as an instance, and package
 * scanning that finds a resource with a sub-resource locator next to its decorator.) Each request
 * is recorded once, when its response is complete, into {@link HttpMetrics#getDefault()}, or into
 * the application's own metrics ({@link #InstrumentatorFeature(HttpMetrics)}):
 *
 * <ul>
 *   <li>with the status the client received, after exception mappers, for the whole time from its
 *       arrival to its end, asynchronous responses included;
 *   <li>under its own method ({@code HEAD} for a {@code GET} route);
 *   <li>under {@code none} (or its raw path) if it matched no resource method: routing 404, 405,
 *       406, 415.
 * </ul>
 */
public final class InstrumentatorFeature implements Feature {
  /** Null: the process-wide {@link HttpMetrics#getDefault()}. */
  private final HttpMetrics metrics;
  /** The recorder of the application this feature configured last, for tests. */
  private volatile RequestRecorder recorder;

  /** The companion recording into {@link HttpMetrics#getDefault()}, as auto-discovery registers it. */
  public InstrumentatorFeature() {
    this.metrics = null;
  }

  /**
   * The companion recording this application's requests into metrics of its own (its registry,
   * its options), for a JVM that serves several applications: {@code
   * register(new InstrumentatorFeature(metrics))}. Decorators called outside a request still
   * record into {@link HttpMetrics#getDefault()}.
   *
   * @param metrics the metrics this application records into
   */
  public InstrumentatorFeature(HttpMetrics metrics) {
    this.metrics = requireNonNull(metrics, "metrics");
  }

  @Override
  public boolean configure(FeatureContext context) {
    Configuration configuration = context.getConfiguration();
    rejectInstancesOfOriginals(configuration.getInstances());
    rejectLocatorsRegisteredTwice(configuration.getClasses());
    // Metrics not known yet may be set before the first request, with any options: the entities'
    // writing is watched then, whose sizes are counted if those metrics ask for them. Metrics
    // known now that want neither exemplars nor sizes cost no writer interceptor.
    Optional<Recorder> known =
        Optional.ofNullable(metrics != null ? Recorder.of(metrics) : Recorder.defaultIfSet());
    boolean seesEntitiesWritten =
        HttpMetrics.isEnabled()
            && known.map(it -> it.samplesExemplars() || it.measuresSizes()).orElse(true);
    if (HttpMetrics.isEnabled()) {
      TimedRequest.companionStarted();
    }
    RequestRecorder recorder = new RequestRecorder(metrics, seesEntitiesWritten);
    this.recorder = recorder;
    context.register(recorder);
    context.register(new DecoratorsInPlace());
    if (seesEntitiesWritten) {
      context.register(new ResponseWriting(recorder), ResponseWriting.PRIORITY);
    }
    if (HttpMetrics.isEnabled() && known.map(Recorder::measuresSizes).orElse(true)) {
      context.register(new RequestReading(recorder), RequestReading.PRIORITY);
    }
    return true;
  }

  RequestRecorder recorder() {
    return recorder;
  }

  /** An instance of an original cannot become an instance of its decorator: say what to do. */
  private static void rejectInstancesOfOriginals(Set<Object> registered) {
    for (Object instance : registered) {
      Class<?> decorator = Decorators.of(instance.getClass());
      if (decorator != null) {
        throw new IllegalStateException(
            instance.getClass().getName() + " is @Instrumented but registered as an instance,"
                + " which cannot be replaced by its decorator: register an instance of "
                + decorator.getName() + " instead, or register the class");
      }
    }
  }

  /**
   * An original and its decorator both registered (package scanning finds both) can be told apart
   * later, unless the original has a sub-resource locator: Jersey refuses two locators on one path
   * before anything can drop the original. Say so, and how to register instead.
   */
  private static void rejectLocatorsRegisteredTwice(Set<Class<?>> registered) {
    for (Class<?> original : registered) {
      Class<?> decorator = Decorators.of(original);
      if (decorator != null && registered.contains(decorator) && hasLocator(Resource.from(original))) {
        throw new IllegalStateException(
            original.getName() + " and its decorator " + decorator.getSimpleName() + " are both"
                + " registered (package scanning finds both), and Jersey cannot take the"
                + " sub-resource locator of " + original.getSimpleName() + " twice. Register "
                + decorator.getSimpleName() + " or " + original.getSimpleName() + " by class"
                + " instead, and scan only packages that do not hold it.");
      }
    }
  }

  private static boolean hasLocator(Resource resource) {
    if (resource.getResourceLocator() != null) {
      return true;
    }
    for (Resource child : resource.getChildResources()) {
      if (hasLocator(child)) {
        return true;
      }
    }
    return false;
  }
}
