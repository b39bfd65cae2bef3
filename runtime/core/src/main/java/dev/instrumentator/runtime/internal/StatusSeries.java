package dev.instrumentator.runtime.internal;

import dev.instrumentator.runtime.RequestListener;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;

/**
 * The data points of one label set ({@code method, handler, status}): the histogram's, and those
 * of the metrics that the options add under the same labels, each null when its option is off, so
 * that an option that is off costs a request one predictable branch and nothing else.
 */
final class StatusSeries {
  private final DistributionDataPoint duration;
  /** {@code http_requests_total}, or null. */
  private final CounterDataPoint requests;
  /** {@code http_request_size_bytes} and {@code http_response_size_bytes}, or both null. */
  private final DistributionDataPoint requestSize;
  private final DistributionDataPoint responseSize;

  StatusSeries(
      DistributionDataPoint duration,
      CounterDataPoint requests,
      DistributionDataPoint requestSize,
      DistributionDataPoint responseSize) {
    this.duration = duration;
    this.requests = requests;
    this.requestSize = requestSize;
    this.responseSize = responseSize;
  }

  /**
   * @param requestBytes the request body's size, or {@link RequestListener#UNKNOWN_SIZE}, which
   *     is not observed
   * @param responseBytes likewise, the response body's
   */
  void observe(double seconds, long requestBytes, long responseBytes) {
    duration.observe(seconds);
    if (requests != null) {
      requests.inc();
    }
    if (requestSize != null) {
      if (requestBytes >= 0) {
        requestSize.observe(requestBytes);
      }
      if (responseBytes >= 0) {
        responseSize.observe(responseBytes);
      }
    }
  }
}
