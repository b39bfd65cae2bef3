package dev.instrumentator.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.HttpMetrics;
import io.netty.channel.embedded.EmbeddedChannel;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.reactive.result.method.AbstractHandlerMethodMapping;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.util.context.ContextView;

/**
 * On Reactor Netty, a request travels from the HTTP handler to the web filter on its channel, out
 * of the Reactor context the application sees, and the filter takes it off the channel; a
 * response with no Netty channel (another server, a mock) leaves it to the context. Without a
 * server: an embedded channel under a response that answers it as its native one.
 */
class NettyHandOverTest {
  private final ExchangeRecorder recorder =
      new ExchangeRecorder(
          HttpMetrics.builder().register(new PrometheusRegistry()),
          new StaticListableBeanFactory()
              .<AbstractHandlerMethodMapping<?>>getBeanProvider(
                  ResolvableType.forClass(AbstractHandlerMethodMapping.class)));
  private final MockServerHttpRequest request = MockServerHttpRequest.get("/books/1").build();
  private final ServerHttpResponse onNetty =
      new NettyResponse(Connection.from(new EmbeddedChannel()));

  /** A response whose native response is a Reactor Netty connection, as Netty's is. */
  private static final class NettyResponse extends AbstractServerHttpResponse {
    private final Connection connection;

    NettyResponse(Connection connection) {
      super(DefaultDataBufferFactory.sharedInstance);
      this.connection = connection;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getNativeResponse() {
      return (T) connection;
    }

    @Override
    protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> body) {
      return Mono.empty();
    }

    @Override
    protected Mono<Void> writeAndFlushWithInternal(
        Publisher<? extends Publisher<? extends DataBuffer>> body) {
      return Mono.empty();
    }

    @Override
    protected void applyStatusCode() {}

    @Override
    protected void applyHeaders() {}

    @Override
    protected void applyCookies() {}
  }

  private TimedExchange timed(ServerHttpResponse response) {
    return new TimedExchange(System.nanoTime(), request, response, null, null, recorder);
  }

  @Test
  void theRequestLeftOnAChannelIsTakenOffItOnce() {
    TimedExchange timed = timed(onNetty);

    assertThat(NettyHandOver.leave(onNetty, timed)).isTrue();

    assertThat(NettyHandOver.take(onNetty)).isSameAs(timed);
    assertThat(NettyHandOver.take(onNetty)).isNull();
  }

  @Test
  void aResponseWithoutAChannelLeavesTheRequestToTheContext() {
    MockServerHttpResponse mock = new MockServerHttpResponse();

    assertThat(NettyHandOver.leave(mock, timed(mock))).isFalse();
    assertThat(NettyHandOver.take(mock)).isNull();
  }

  @Test
  void onNettyTheHandlingSeesTheServersContextAndTheRequestWaitsOnTheChannel() {
    AtomicReference<ContextView> seen = new AtomicReference<>();
    AtomicReference<TimedExchange> waiting = new AtomicReference<>();
    ReactiveRequestTiming timing = new ReactiveRequestTiming(recorder, 0);

    timing
        .apply(
            (request, response) ->
                Mono.deferContextual(
                    context -> {
                      seen.set(context);
                      waiting.set(NettyHandOver.take(response));
                      return Mono.<Void>empty();
                    }))
        .handle(request, onNetty)
        .block();

    assertThat(seen.get().hasKey(TimedExchange.class)).isFalse();
    assertThat(waiting.get()).isNotNull();
  }

  @Test
  void theWebFilterHandsTheExchangeToTheRequestOnItsChannel() {
    TimedExchange timed = timed(onNetty);
    NettyHandOver.leave(onNetty, timed);
    DefaultServerWebExchange exchange =
        new DefaultServerWebExchange(
            request,
            onNetty,
            new DefaultWebSessionManager(),
            ServerCodecConfigurer.create(),
            new AcceptHeaderLocaleContextResolver());
    AtomicBoolean passedOn = new AtomicBoolean();

    new ReactiveRequestTiming(recorder, 0)
        .filter(
            exchange,
            filtered -> {
              passedOn.set(filtered == exchange);
              return Mono.empty();
            })
        .block();

    assertThat(timed.exchange).isSameAs(exchange);
    assertThat(passedOn).isTrue();
    assertThat(NettyHandOver.take(onNetty)).isNull();
  }
}
