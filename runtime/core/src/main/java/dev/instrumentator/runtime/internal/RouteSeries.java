package dev.instrumentator.runtime.internal;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One route under one {@link Recorder}: everything about it that can be decided once is decided
 * here, when the route records its first request. Whether its template is an excluded handler is
 * settled at construction; each status's data point is created on that status's first request and
 * kept, so that only observed label sets appear in the output and later requests only observe.
 */
final class RouteSeries {
  final Recorder recorder;
  final String method;
  private final String handler;
  private final StatusLabels statusLabels;
  /** Null when the metrics have no listener. */
  private final Listeners listeners;
  /** Null when the metrics keep no in-progress gauge, or the route is excluded. */
  private final GaugeDataPoint inProgress;
  /** Per status class, its labels' data points; null when the route is excluded. */
  private final AtomicReferenceArray<AtomicReferenceArray<StatusSeries>> byClass;

  RouteSeries(Recorder recorder, String method, String handler, boolean excluded) {
    this.recorder = recorder;
    this.method = method;
    this.handler = handler;
    this.statusLabels = recorder.statusLabels();
    this.listeners = recorder.listeners();
    this.inProgress = excluded ? null : recorder.inProgressPoint(method, handler);
    this.byClass = excluded ? null : new AtomicReferenceArray<>(StatusLabels.CLASSES);
  }

  void observe(int status, long elapsedNanos, long requestBytes, long responseBytes) {
    if (byClass == null) {
      return;
    }
    double seconds = recorder.seconds(elapsedNanos);
    statusSeries(status).observe(seconds, requestBytes, responseBytes);
    if (listeners != null) {
      listeners.heard(method, handler, status, seconds, requestBytes, responseBytes);
    }
  }

  void started() {
    if (inProgress != null) {
      inProgress.inc();
    }
  }

  void ended() {
    if (inProgress != null) {
      inProgress.dec();
    }
  }

  private StatusSeries statusSeries(int status) {
    int statusClass = StatusLabels.statusClass(status);
    if (statusClass < 0) {
      // No standard status: too rare to keep a slot for, so it is looked up each time.
      return recorder.statusSeries(method, handler, statusLabels.label(status));
    }
    AtomicReferenceArray<StatusSeries> slots = byClass.get(statusClass);
    if (slots == null) {
      byClass.compareAndSet(
          statusClass, null, new AtomicReferenceArray<>(statusLabels.slotsPerClass()));
      slots = byClass.get(statusClass);
    }
    int slot = statusLabels.slotInClass(status);
    StatusSeries series = slots.get(slot);
    if (series == null) {
      // Threads that race here get series of the same data points.
      series = recorder.statusSeries(method, handler, statusLabels.label(status));
      slots.set(slot, series);
    }
    return series;
  }
}
