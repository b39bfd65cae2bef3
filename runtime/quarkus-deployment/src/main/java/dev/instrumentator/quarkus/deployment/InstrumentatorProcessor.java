package dev.instrumentator.quarkus.deployment;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.quarkus.internal.EndpointTiming;
import dev.instrumentator.quarkus.internal.InstrumentatorRecorder;
import dev.instrumentator.runtime.RequestListener;
import io.quarkus.arc.deployment.BeanContainerBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Produce;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;
import io.quarkus.deployment.builditem.ShutdownContextBuildItem;
import io.quarkus.resteasy.reactive.common.deployment.ResourceScanningResultBuildItem;
import io.quarkus.resteasy.reactive.server.deployment.ResteasyReactiveDeploymentBuildItem;
import io.quarkus.resteasy.reactive.server.spi.MethodScannerBuildItem;
import io.quarkus.vertx.http.deployment.FilterBuildItem;
import io.quarkus.vertx.http.deployment.NonApplicationRootPathBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import java.util.List;
import java.util.Map;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.common.processor.scanning.ResourceScanningResult;
import org.jboss.resteasy.reactive.server.model.HandlerChainCustomizer;
import org.jboss.resteasy.reactive.server.processor.scanning.MethodScanner;

/**
 * The build steps of instrumentator's Quarkus extension: which endpoints are timed, decided from
 * the {@code @Instrumented} and {@code @DoNotTrack} annotations in the application's index, and the
 * filter and endpoint that Vert.x serves at run time. Quarkus calls them while it builds an
 * application; they are no API.
 */
public class InstrumentatorProcessor {
  private static final Logger LOG = Logger.getLogger(InstrumentatorProcessor.class);
  private static final String FEATURE = "instrumentator";
  private static final DotName INSTRUMENTED = DotName.createSimple(Instrumented.class.getName());
  private static final DotName DO_NOT_TRACK = DotName.createSimple(DoNotTrack.class.getName());
  private static final DotName REQUEST_LISTENER =
      DotName.createSimple(RequestListener.class.getName());
  /** The metrics endpoint's path under the non-application root: {@code /q/metrics}. */
  private static final String METRICS = "metrics";
  /**
   * The first filter of every request: ahead of CORS (300) and authentication (200), so that a
   * request they answer themselves is counted too.
   */
  static final int FILTER_PRIORITY = 500;
  /**
   * A class of Quarkus's extension of Micrometer's Prometheus registry, which serves {@code
   * /q/metrics} where the application has it (the extension provides no capability to ask for).
   */
  private static final String MICROMETER_PROMETHEUS =
      "io.quarkus.micrometer.runtime.export.PrometheusMeterRegistryProvider";

  /** Made by Quarkus, which runs the build steps. */
  public InstrumentatorProcessor() {}

  /** Whether the application has Quarkus's Micrometer extension with its Prometheus registry. */
  static boolean micrometerServes() {
    return QuarkusClassLoader.isClassPresentAtRuntime(MICROMETER_PROMETHEUS);
  }

  @BuildStep
  FeatureBuildItem feature() {
    return new FeatureBuildItem(FEATURE);
  }

  /**
   * One {@link EndpointTiming} for every endpoint Quarkus REST builds: timed if its class is
   * {@code @Instrumented} and its method not {@code @DoNotTrack}.
   */
  @BuildStep
  MethodScannerBuildItem endpoints() {
    return new MethodScannerBuildItem(
        new MethodScanner() {
          @Override
          public List<HandlerChainCustomizer> scan(
              MethodInfo method, ClassInfo endpointClass, Map<String, Object> methodContext) {
            return List.of(new EndpointTiming(isTimed(method, endpointClass)));
          }
        });
  }

  /**
   * Whether the class that serves the endpoint is {@code @Instrumented} and neither the method
   * that declares the endpoint nor the class's own override of it says {@code @DoNotTrack}.
   */
  static boolean isTimed(MethodInfo method, ClassInfo endpointClass) {
    if (!endpointClass.hasDeclaredAnnotation(INSTRUMENTED)) {
      return false;
    }
    if (method.hasDeclaredAnnotation(DO_NOT_TRACK)) {
      return false;
    }
    MethodInfo override = endpointClass.method(method.name(), method.parameterTypes());
    return override == null || !override.hasDeclaredAnnotation(DO_NOT_TRACK);
  }

  /**
   * Warns of an {@code @Instrumented} class whose requests the extension cannot time: one that
   * Quarkus REST serves neither as a resource nor as a sub-resource, through a locator. (It
   * produces nothing, so it says it leads to the application's start: else Quarkus skips it.)
   */
  @BuildStep
  @Produce(ServiceStartBuildItem.class)
  void checkInstrumentedClasses(
      CombinedIndexBuildItem index, ResourceScanningResultBuildItem scanning) {
    ResourceScanningResult resources = scanning.getResult();
    for (ClassInfo instrumented : instrumentedClasses(index)) {
      DotName name = instrumented.name();
      if (!resources.getScannedResources().containsKey(name)
          && !resources.getPossibleSubResources().containsKey(name)) {
        LOG.warn(
            "instrumentator: @Instrumented class " + name + " is not a Quarkus REST resource,"
                + " so nothing of it is timed: annotate the resource class that serves its"
                + " requests, or remove @Instrumented");
      }
    }
  }

  /** The classes of the application that say {@code @Instrumented}. */
  private static List<ClassInfo> instrumentedClasses(CombinedIndexBuildItem index) {
    return index.getIndex().getAnnotations(INSTRUMENTED).stream()
        .filter(annotation -> annotation.target().kind() == AnnotationTarget.Kind.CLASS)
        .map(annotation -> annotation.target().asClass())
        .toList();
  }

  /** The application's {@code RequestListener} beans stay, though nothing injects them. */
  @BuildStep
  UnremovableBeanBuildItem requestListeners() {
    return UnremovableBeanBuildItem.beanTypes(REQUEST_LISTENER);
  }

  /** After CDI has started (the bean container): the metrics' listeners are beans. */
  @BuildStep
  @Record(ExecutionTime.RUNTIME_INIT)
  FilterBuildItem requestTiming(
      InstrumentatorRecorder recorder,
      BeanContainerBuildItem beanContainer,
      CombinedIndexBuildItem index,
      NonApplicationRootPathBuildItem nonApplicationRoot,
      ResteasyReactiveDeploymentBuildItem rest,
      ShutdownContextBuildItem shutdown) {
    String frameworkPaths =
        nonApplicationRoot.isDedicatedRouterRequired()
            ? nonApplicationRoot.getNonApplicationRootPath()
            : null;
    return new FilterBuildItem(
        recorder.requestTiming(
            frameworkPaths,
            instrumentedClasses(index).size(),
            rest.getDeployment(),
            micrometerServes(),
            nonApplicationRoot.resolvePath(METRICS),
            shutdown),
        FILTER_PRIORITY);
  }

  /**
   * {@code /q/metrics}, unless Quarkus's Micrometer Prometheus registry serves that path: then it
   * serves instrumentator's metrics too (design.md, Q7).
   */
  @BuildStep
  @Record(ExecutionTime.RUNTIME_INIT)
  void metricsEndpoint(
      InstrumentatorRecorder recorder,
      NonApplicationRootPathBuildItem nonApplicationRoot,
      BuildProducer<RouteBuildItem> routes) {
    if (micrometerServes()) {
      return;
    }
    routes.produce(
        nonApplicationRoot.routeBuilder()
            .route(METRICS)
            .handler(recorder.metricsEndpoint())
            .displayOnNotFoundPage("Metrics")
            .blockingRoute()
            .build());
  }
}
