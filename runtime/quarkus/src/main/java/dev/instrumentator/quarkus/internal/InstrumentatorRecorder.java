package dev.instrumentator.quarkus.internal;

import dev.instrumentator.quarkus.InstrumentatorConfig;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.internal.Recorder;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.ShutdownContext;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.Deployment;

/**
 * What the extension does when the application starts, written into it at build time by the
 * deployment module's steps: create the metrics from {@code quarkus.instrumentator.*} and the
 * application's {@code RequestListener} beans, and hand
 * Vert.x the filter that times each request and the endpoint that serves the metrics.
 */
@io.quarkus.runtime.annotations.Recorder
public class InstrumentatorRecorder {
  private static final Logger LOG = Logger.getLogger(InstrumentatorRecorder.class);

  private final RuntimeValue<InstrumentatorConfig> config;

  public InstrumentatorRecorder(RuntimeValue<InstrumentatorConfig> config) {
    this.config = config;
  }

  /**
   * Creates the metrics in Prometheus's default registry, the process's default from now on and
   * until the application stops, and returns the filter that records each request into them.
   *
   * @param frameworkPaths the non-application root path ({@code /q/}), whose requests are left
   *     out; null when it is the application's root
   * @param instrumentedClasses how many {@code @Instrumented} classes the build found
   * @param deployment Quarkus REST's, to look up the endpoint of a request security refused
   * @param micrometerServes whether Quarkus's Micrometer Prometheus registry serves {@code
   *     /q/metrics}: the metrics then have a registry of their own, which it scrapes
   * @param metricsPath where the extension's own endpoint serves them otherwise
   */
  public Handler<RoutingContext> requestTiming(
      String frameworkPaths,
      int instrumentedClasses,
      RuntimeValue<Deployment> deployment,
      boolean micrometerServes,
      String metricsPath,
      ShutdownContext shutdown) {
    InstrumentatorConfig options = config.getValue();
    if (!options.enabled()) {
      LOG.info("instrumentator: off (quarkus.instrumentator.enabled=false); nothing is recorded");
      return RoutingContext::next;
    }
    PrometheusRegistry registry =
        micrometerServes ? new PrometheusRegistry() : PrometheusRegistry.defaultRegistry;
    // Every RequestListener bean is a listener, highest priority first.
    List<InstanceHandle<RequestListener>> listeners =
        Arc.container().listAll(RequestListener.class);
    shutdown.addShutdownTask(() -> listeners.forEach(InstanceHandle::destroy));
    HttpMetrics metrics =
        ConfiguredMetrics.of(options)
            .listeners(listeners.stream().map(InstanceHandle::get).toArray(RequestListener[]::new))
            .register(registry);
    HttpMetrics.setDefault(metrics);
    shutdown.addShutdownTask(metrics::unregister);
    if (micrometerServes) {
      shutdown.addShutdownTask(MicrometerRegistry.serve(registry));
    }
    Recorder recorder = Recorder.of(metrics);
    RefusedRequests endpoints = new RefusedRequests(deployment);
    String series =
        options.createSeriesAtStartup()
            ? ", " + endpoints.createSeries(recorder) + " series created at start-up"
            : "";
    LOG.infof(
        "instrumentator: timing the endpoints of %d @Instrumented class%s into %s, served %s%s",
        instrumentedClasses,
        instrumentedClasses == 1 ? "" : "es",
        metrics.prometheusNames(),
        micrometerServes ? "by Micrometer's Prometheus registry" : "at " + metricsPath,
        series);
    return new RequestTiming(recorder, endpoints, frameworkPaths);
  }

  /** The endpoint that serves Prometheus's default registry, in every exposition format. */
  public Handler<RoutingContext> metricsEndpoint() {
    return new MetricsEndpoint(PrometheusRegistry.defaultRegistry);
  }
}
