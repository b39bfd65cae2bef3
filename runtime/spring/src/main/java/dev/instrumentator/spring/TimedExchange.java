package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.Route;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.reactivestreams.Subscription;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;

/**
 * One request WebFlux serves, as {@link ReactiveRequestTiming} follows it from its arrival to the
 * end of its response: the subscriber between WebFlux's handling of the request and the server,
 * which hears how the handling ended (completed, failed, or cancelled by the server when the
 * client left) and has the request recorded as the signal passes, before the server hears it
 * (docs/design.md, fact W1). The web filter finds it on the request's Netty channel, or, on
 * another server, in the Reactor context it adds to the handling's; never through a thread: a
 * reactive request hops threads.
 *
 * <p>One object per request, subscriber and subscription at once: a chain of Reactor operators
 * for the same would allocate several per request.
 */
final class TimedExchange implements CoreSubscriber<Void>, Subscription {
  private static final AtomicIntegerFieldUpdater<TimedExchange> RECORDED =
      AtomicIntegerFieldUpdater.newUpdater(TimedExchange.class, "recorded");

  final long startNanos;
  /** The request as it arrived, before any filter; the exchange may not be made of it yet. */
  final ServerHttpRequest request;
  /** The response as the server has it, whose status is the one sent. */
  final ServerHttpResponse response;
  /** The request counting its body's bytes, or null when sizes are not measured. */
  final CountingServerRequest countingRequest;
  /** The response counting its body's bytes, or null when sizes are not measured. */
  final CountingServerResponse countingResponse;
  private final ExchangeRecorder recorder;
  /** Set by the first web filter; null while none has run, or if none ever did. */
  volatile ServerWebExchange exchange;
  /** The route the request is counted in progress on, or null. */
  volatile Route inProgress;
  /** When the response's status and headers were sent; 0 until then, or when not asked for. */
  volatile long committedNanos;
  /** What escaped every exception handler, if anything did. */
  volatile Throwable escaped;
  /** 1 once recorded: once, though a cancellation may follow an end. */
  private volatile int recorded;

  private CoreSubscriber<? super Void> server;
  private Subscription handling;
  /** Whether the web filter finds this request in the Reactor context, not on a Netty channel. */
  private boolean inContext;
  private Context context;

  TimedExchange(
      long startNanos,
      ServerHttpRequest request,
      ServerHttpResponse response,
      CountingServerRequest countingRequest,
      CountingServerResponse countingResponse,
      ExchangeRecorder recorder) {
    this.startNanos = startNanos;
    this.request = request;
    this.response = response;
    this.countingRequest = countingRequest;
    this.countingResponse = countingResponse;
    this.recorder = recorder;
  }

  /** Follows the handling for {@code server}, which subscribed to it. */
  void follow(CoreSubscriber<? super Void> server) {
    this.server = server;
  }

  /** True the first time only. */
  boolean toRecord() {
    return RECORDED.compareAndSet(this, 0, 1);
  }

  void committed() {
    committedNanos = System.nanoTime();
  }

  /** Has the web filter find this request in the Reactor context. */
  void travelInContext() {
    inContext = true;
  }

  /** The server's context, with this request in it if the web filter looks for it there. */
  @Override
  public Context currentContext() {
    if (!inContext) {
      return server.currentContext();
    }
    Context withRequest = context;
    if (withRequest == null) {
      withRequest = server.currentContext().put(TimedExchange.class, this);
      context = withRequest;
    }
    return withRequest;
  }

  @Override
  public void onSubscribe(Subscription handling) {
    this.handling = handling;
    server.onSubscribe(this);
  }

  @Override
  public void onNext(Void none) {
    server.onNext(none);
  }

  @Override
  public void onError(Throwable error) {
    escaped = error;
    recorder.record(this, SignalType.ON_ERROR);
    server.onError(error);
  }

  @Override
  public void onComplete() {
    recorder.record(this, SignalType.ON_COMPLETE);
    server.onComplete();
  }

  @Override
  public void request(long n) {
    handling.request(n);
  }

  @Override
  public void cancel() {
    recorder.record(this, SignalType.CANCEL);
    handling.cancel();
  }
}
