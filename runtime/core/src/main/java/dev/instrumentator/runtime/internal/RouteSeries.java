package dev.instrumentator.runtime.internal;

import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One route under one {@link Recorder}, for the requests of one method: everything about it that
 * can be decided once is decided here, when the route records its first request. Whether its
 * template is an excluded handler is settled at construction; each status's data points are
 * created on that status's first request and kept, so that only observed label sets appear in the
 * output and later requests only observe. In the OpenTelemetry dialect they are kept per scheme
 * too; a request whose handler threw into a 5xx, whose {@code error.type} names the exception, is
 * rare enough to have its label set looked up each time.
 */
final class RouteSeries {
  /** {@code url.scheme}: http, https, and not known (a decorator recording with no companion). */
  private static final int SCHEMES = 3;

  final Recorder recorder;
  /** The method label in the Prometheus dialect. */
  final String method;
  /** {@code http.request.method} in the OpenTelemetry dialect, or null without it. */
  final String otelMethod;
  private final String handler;
  private final StatusLabels statusLabels;
  /** Null when the metrics have no listener. */
  private final Listeners listeners;
  /** Null when the metrics keep no in-progress gauge, or the route is excluded. */
  private final GaugeDataPoint inProgress;
  /** Per status class, its labels' data points; null without the Prometheus dialect, or excluded. */
  private final AtomicReferenceArray<AtomicReferenceArray<StatusSeries>> byClass;
  /** Null without the OpenTelemetry dialect, or when the route is excluded. */
  private final OpenTelemetryMetrics otel;
  /**
   * {@code http.route}: the template as the framework declares it, or absent when the request
   * matched none.
   */
  private final String otelRoute;
  /** Per scheme and status class, the OpenTelemetry data points of each status. */
  private final AtomicReferenceArray<AtomicReferenceArray<StatusSeries>> otelByClass;
  /** Per scheme, {@code http.server.active_requests}'s data point, once used. */
  private final AtomicReferenceArray<GaugeDataPoint> activeRequests;

  RouteSeries(
      Recorder recorder,
      String method,
      String otelMethod,
      String handler,
      String otelRoute,
      boolean excluded) {
    this.recorder = recorder;
    this.method = method;
    this.otelMethod = otelMethod;
    this.handler = handler;
    this.statusLabels = recorder.statusLabels();
    this.listeners = recorder.listeners();
    this.inProgress = excluded ? null : recorder.inProgressPoint(method, handler);
    this.byClass =
        excluded || !recorder.speaksPrometheus()
            ? null
            : new AtomicReferenceArray<>(StatusLabels.CLASSES);
    this.otel = excluded ? null : recorder.openTelemetry();
    this.otelRoute =
        otelRoute.equals(HttpMetrics.UNTEMPLATED_HANDLER) ? OpenTelemetryMetrics.ABSENT : otelRoute;
    this.otelByClass =
        otel == null ? null : new AtomicReferenceArray<>(SCHEMES * StatusLabels.CLASSES);
    this.activeRequests =
        otel != null && otel.keepsActiveRequests() ? new AtomicReferenceArray<>(SCHEMES) : null;
  }

  /**
   * @param scheme {@link OpenTelemetryMetrics#HTTP} or {@link OpenTelemetryMetrics#HTTPS} as the
   *     server saw the request, or null when no companion saw it
   * @param error what the handler threw, or null
   */
  void observe(
      int status,
      long elapsedNanos,
      long requestBytes,
      long responseBytes,
      String scheme,
      Throwable error) {
    if (byClass == null && otel == null) {
      return;
    }
    double seconds = recorder.seconds(elapsedNanos);
    if (byClass != null) {
      statusSeries(status).observe(seconds, requestBytes, responseBytes);
    }
    if (otel != null) {
      otelSeries(status, scheme, error).observe(seconds, requestBytes, responseBytes);
    }
    if (listeners != null) {
      listeners.heard(method, handler, status, seconds, requestBytes, responseBytes);
    }
  }

  void started(String scheme) {
    if (inProgress != null) {
      inProgress.inc();
    }
    if (activeRequests != null) {
      activeRequests(scheme).inc();
    }
  }

  void ended(String scheme) {
    if (inProgress != null) {
      inProgress.dec();
    }
    if (activeRequests != null) {
      activeRequests(scheme).dec();
    }
  }

  private StatusSeries statusSeries(int status) {
    int statusClass = StatusLabels.statusClass(status);
    if (statusClass < 0) {
      // No standard status: too rare to keep a slot for, so it is looked up each time.
      return recorder.statusSeries(method, handler, statusLabels.label(status));
    }
    AtomicReferenceArray<StatusSeries> slots = slotsOf(byClass, statusClass, statusLabels.slotsPerClass());
    int slot = statusLabels.slotInClass(status);
    StatusSeries series = slots.get(slot);
    if (series == null) {
      // Threads that race here get series of the same data points.
      series = recorder.statusSeries(method, handler, statusLabels.label(status));
      slots.set(slot, series);
    }
    return series;
  }

  private StatusSeries otelSeries(int status, String scheme, Throwable error) {
    int statusClass = StatusLabels.statusClass(status);
    if (statusClass < 0 || (error != null && status >= 500)) {
      return otel.series(otelMethod, otelRoute, status, scheme, otel.errorType(status, error));
    }
    int index = schemeIndex(scheme) * StatusLabels.CLASSES + statusClass;
    AtomicReferenceArray<StatusSeries> slots = slotsOf(otelByClass, index, 100);
    int slot = status % 100;
    StatusSeries series = slots.get(slot);
    if (series == null) {
      series = otel.series(otelMethod, otelRoute, status, scheme, otel.errorType(status, null));
      slots.set(slot, series);
    }
    return series;
  }

  private GaugeDataPoint activeRequests(String scheme) {
    int index = schemeIndex(scheme);
    GaugeDataPoint point = activeRequests.get(index);
    if (point == null) {
      point = otel.activeRequests(otelMethod, scheme);
      activeRequests.set(index, point);
    }
    return point;
  }

  private static int schemeIndex(String scheme) {
    if (scheme == null) {
      return 2;
    }
    return OpenTelemetryMetrics.HTTPS.equals(scheme) ? 1 : 0;
  }

  /** The slots of one class, created on its first request. */
  private static AtomicReferenceArray<StatusSeries> slotsOf(
      AtomicReferenceArray<AtomicReferenceArray<StatusSeries>> classes, int index, int slots) {
    AtomicReferenceArray<StatusSeries> inClass = classes.get(index);
    if (inClass == null) {
      classes.compareAndSet(index, null, new AtomicReferenceArray<>(slots));
      inClass = classes.get(index);
    }
    return inClass;
  }
}
