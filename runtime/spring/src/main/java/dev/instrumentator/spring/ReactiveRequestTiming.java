package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.TimedRequest;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * Times each request WebFlux serves, from its arrival to the end of its response, and has it
 * recorded once with the status the client received (docs/design.md, fact W1). Two hooks of
 * Spring's own, one object:
 *
 * <ul>
 *   <li>as an {@link HttpHandlerDecoratorFactory}, it wraps the whole of WebFlux's handling, web
 *       exception handlers and the answer to an unhandled error included: what it wraps completes
 *       when the response is complete (its streamed body included), or is cancelled when the
 *       client leaves;
 *   <li>as the first {@link WebFilter}, ahead of Spring Security, it is handed the exchange,
 *       whose attributes will say which handler method WebFlux dispatched the request to.
 * </ul>
 *
 * <p>The request travels from the one to the other on its Netty channel ({@link NettyHandOver}),
 * or, on another server, in its Reactor context: both follow the request across threads, as no
 * thread-local could.
 */
final class ReactiveRequestTiming implements HttpHandlerDecoratorFactory, WebFilter, Ordered {
  /** Whether Reactor Netty is on the class path, so that {@link NettyHandOver} can be loaded. */
  static final boolean NETTY_PRESENT =
      ClassUtils.isPresent("reactor.netty.Connection", ReactiveRequestTiming.class.getClassLoader());

  private final ExchangeRecorder recorder;
  private final int order;

  ReactiveRequestTiming(ExchangeRecorder recorder, int order) {
    this.recorder = recorder;
    this.order = order;
    TimedRequest.companionStarted();
  }

  @Override
  public HttpHandler apply(HttpHandler handler) {
    return (request, response) -> handle(handler, request, response);
  }

  private Mono<Void> handle(
      HttpHandler handler, ServerHttpRequest request, ServerHttpResponse response) {
    long startNanos = System.nanoTime();
    // Wrapped only when sizes are measured: otherwise WebFlux gets them as they came.
    CountingServerRequest countingRequest =
        recorder.measuresSizes() ? new CountingServerRequest(request) : null;
    CountingServerResponse countingResponse =
        recorder.measuresSizes() ? new CountingServerResponse(response) : null;
    TimedExchange timed =
        new TimedExchange(
            startNanos, request, response, countingRequest, countingResponse, recorder);
    if (!(NETTY_PRESENT && NettyHandOver.leave(response, timed))) {
      timed.travelInContext();
    }
    if (recorder.excludesStreamingDuration()) {
      response.beforeCommit(
          () -> {
            timed.committed();
            return Mono.empty();
          });
    }
    return new TimedHandling(
        handler.handle(
            countingRequest != null ? countingRequest : request,
            countingResponse != null ? countingResponse : response),
        timed);
  }

  /** WebFlux's handling of one request, followed by its {@link TimedExchange}. */
  private static final class TimedHandling extends Mono<Void> {
    private final Mono<Void> handling;
    private final TimedExchange timed;

    TimedHandling(Mono<Void> handling, TimedExchange timed) {
      this.handling = handling;
      this.timed = timed;
    }

    @Override
    public void subscribe(CoreSubscriber<? super Void> server) {
      timed.follow(server);
      handling.subscribe(timed);
    }
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    TimedExchange onChannel = NETTY_PRESENT ? NettyHandOver.take(exchange.getResponse()) : null;
    if (onChannel != null) {
      if (onChannel.exchange == null) {
        recorder.arrived(onChannel, exchange);
      }
      return chain.filter(exchange);
    }
    return Mono.deferContextual(
        context -> {
          TimedExchange timed = context.getOrDefault(TimedExchange.class, null);
          if (timed != null && timed.exchange == null) {
            recorder.arrived(timed, exchange);
          }
          return chain.filter(exchange);
        });
  }

  /** Ahead of Spring Security ({@code instrumentator.filter-order}). */
  @Override
  public int getOrder() {
    return order;
  }
}
