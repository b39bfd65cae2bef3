package dev.instrumentator.runtime;

/**
 * Your own metrics per request, without a second filter: called once for each request that
 * {@link HttpMetrics} records, with what it recorded, as the FastAPI instrumentator's {@code
 * add()} calls its instrumentation functions. Register it with {@link
 * HttpMetrics.Builder#listeners}.
 *
 * <pre>{@code
 * Counter slow = Counter.builder().name("slow_requests").labelNames("handler").register();
 * HttpMetrics.setDefault(HttpMetrics.builder()
 *     .listeners(request -> {
 *       if (request.seconds() > 1) {
 *         slow.labelValues(request.handler()).inc();
 *       }
 *     })
 *     .build());
 * }</pre>
 *
 * <p>Each listener is called on a thread of its own, after the histogram has observed the request,
 * with the requests in the order they were recorded: a request never waits for a listener, and a
 * slow, hanging or throwing listener delays or stops no other. A listener that falls 65,536
 * requests behind misses the next ones (reported). It is not called for excluded handlers, nor,
 * when untemplated requests are ignored, for those. What it throws, an {@code Error} too, is
 * handled as a failure of the metrics: logged once per kind, and the next request is handed to it
 * as ever.
 */
@FunctionalInterface
public interface RequestListener {

  /** A size that is not known: a body the container writes itself, a stream written in chunks. */
  long UNKNOWN_SIZE = -1;

  /**
   * Called once per recorded request, on the listener's own thread.
   *
   * @param request what was recorded of it
   */
  void onRequest(RecordedRequest request);

  /**
   * What was recorded of one request. One value rather than one parameter each, so that what a
   * listener is told can grow without breaking the listeners written before; read it by its
   * accessors.
   *
   * @param method the {@code method} label: the request's HTTP method, or {@code _OTHER}
   * @param handler the {@code handler} label: the route template, {@code none}, or a raw path
   * @param status the HTTP status the client received (the exact one, whether or not the label
   *     groups it)
   * @param seconds the duration recorded, in seconds (rounded if the metrics round)
   * @param requestBytes the request body's size, as {@link HttpMetrics.Builder#sizes} measures
   *     it, or {@link #UNKNOWN_SIZE}; always unknown for a call that a decorator recorded with no
   *     framework companion
   * @param responseBytes the same, for the response body
   */
  record RecordedRequest(
      String method,
      String handler,
      int status,
      double seconds,
      long requestBytes,
      long responseBytes) {}
}
