package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.Route;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * One request WebFlux serves, as {@link ReactiveRequestTiming} follows it from its arrival to the
 * end of its response. The exchange is handed over in the Reactor context of the request, never
 * through a thread: a reactive request hops threads.
 */
final class TimedExchange {
  final long startNanos;
  /** The request as it arrived, before any filter; the exchange may not be made of it yet. */
  final ServerHttpRequest request;
  /** The request counting its body's bytes, or null when sizes are not measured. */
  final CountingServerRequest countingRequest;
  /** The response counting its body's bytes, or null when sizes are not measured. */
  final CountingServerResponse countingResponse;
  /** Set by the first web filter; null while none has run, or if none ever did. */
  volatile ServerWebExchange exchange;
  /** The route the request is counted in progress on, or null. */
  volatile Route inProgress;
  /** When the response's status and headers were sent; 0 until then, or when not asked for. */
  volatile long committedNanos;
  /** What escaped every exception handler, if anything did. */
  volatile Throwable escaped;
  /** Whether the request has been recorded: once, though a cancellation may follow an end. */
  private final AtomicBoolean recorded = new AtomicBoolean();

  TimedExchange(
      long startNanos,
      ServerHttpRequest request,
      CountingServerRequest countingRequest,
      CountingServerResponse countingResponse) {
    this.startNanos = startNanos;
    this.request = request;
    this.countingRequest = countingRequest;
    this.countingResponse = countingResponse;
  }

  void failed(Throwable error) {
    escaped = error;
  }

  /** True the first time only. */
  boolean toRecord() {
    return recorded.compareAndSet(false, true);
  }

  void committed() {
    committedNanos = System.nanoTime();
  }
}
