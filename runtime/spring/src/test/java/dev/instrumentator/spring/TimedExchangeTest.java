package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.reactive.ShelfController;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.result.method.AbstractHandlerMethodMapping;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * The one subscriber that follows a WebFlux request's handling: it passes every signal on as it
 * came (the same exception object, the server's demand, its cancellation), and has the request
 * recorded once, as the handling ends, with the status the client received; and what decides that
 * status and whether a handler method streams. Without a server: each signal is sent by hand.
 */
class TimedExchangeTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final ExchangeRecorder recorder =
      new ExchangeRecorder(
          HttpMetrics.builder()
              .groupStatusCodes(false)
              .dialects(HttpMetrics.Dialect.PROMETHEUS, HttpMetrics.Dialect.OPENTELEMETRY)
              .register(registry),
          new StaticListableBeanFactory()
              .<AbstractHandlerMethodMapping<?>>getBeanProvider(
                  ResolvableType.forClass(AbstractHandlerMethodMapping.class)));
  private final MockServerHttpRequest request = MockServerHttpRequest.get("/books/1").build();
  private final MockServerHttpResponse response = new MockServerHttpResponse();
  private final TimedExchange timed =
      new TimedExchange(System.nanoTime(), request, response, null, null, recorder);
  private final Server server = new Server();

  /** The server's end of the handling: what reached it. */
  private static final class Server implements CoreSubscriber<Void> {
    Subscription subscription;
    Throwable error;
    boolean completed;

    @Override
    public void onSubscribe(Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(Void none) {}

    @Override
    public void onError(Throwable error) {
      this.error = error;
    }

    @Override
    public void onComplete() {
      completed = true;
    }
  }

  /** Subscribes {@link #timed} to {@code handling} for {@link #server}, as the decorator does. */
  private void follow(Mono<Void> handling) {
    timed.follow(server);
    handling.subscribe(timed);
  }

  private double counted(String status) {
    Double count =
        Scrape.of(registry)
            .series("http_request_duration_seconds_count")
            .get(labels("method", "GET", "handler", "none", "status", status));
    return count == null ? 0 : count;
  }

  @Test
  void aFailureIsPassedOnAsItIsAndRecordedOnceWithWhatWasThrown() {
    IllegalStateException failure = new IllegalStateException("a bug");
    response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);

    follow(Mono.error(failure));

    assertThat(server.error).isSameAs(failure);
    assertThat(counted("503")).isEqualTo(1);
    assertThat(
            Scrape.of(registry)
                .series("http_server_request_duration_seconds_count")
                .get(
                    labels(
                        "http_request_method", "GET",
                        "http_response_status_code", "503",
                        "url_scheme", "http",
                        "error_type", "java.lang.IllegalStateException")))
        .isEqualTo(1.0);
  }

  @Test
  void theServersCancellationReachesTheHandlingAndCounts499BeforeAnyStatusWasSent() {
    AtomicBoolean cancelled = new AtomicBoolean();
    follow(Mono.<Void>never().doOnCancel(() -> cancelled.set(true)));

    server.subscription.cancel();

    assertThat(cancelled).isTrue();
    assertThat(counted("499")).isEqualTo(1);
  }

  @Test
  void anEndIsRecordedOnceThoughACancellationFollowsIt() {
    follow(Mono.empty());
    server.subscription.cancel();

    assertThat(server.completed).isTrue();
    assertThat(counted("200")).isEqualTo(1);
    assertThat(counted("499")).isZero();
  }

  @Test
  void theServerHoldsTheSubscriptionAndItsDemandReachesTheHandling() {
    AtomicLong requested = new AtomicLong();
    follow(Mono.<Void>never().doOnRequest(requested::set));

    server.subscription.request(7);

    assertThat(server.subscription).isSameAs(timed);
    assertThat(requested).hasValue(7);
    // Handed to the web filter on a Netty channel: the handling sees the server's context as is.
    assertThat(timed.currentContext()).isSameAs(server.currentContext());
  }

  /** Off Reactor Netty, the web filter finds the request in the handling's Reactor context. */
  @Test
  void offNettyTheRequestTravelsInTheContext() {
    timed.travelInContext();
    follow(Mono.never());

    Object inContext = timed.currentContext().getOrDefault(TimedExchange.class, null);
    assertThat(inContext).isSameAs(timed);
    assertThat(timed.currentContext().size()).isEqualTo(server.currentContext().size() + 1);
  }

  @Test
  void theStatusSentIs499OnlyWhenNoneWasSentBeforeTheClientLeft() {
    MockServerWebExchange exchange = MockServerWebExchange.from(request);
    assertThat(ExchangeRecorder.statusSent(response, SignalType.CANCEL, exchange)).isEqualTo(499);
    assertThat(ExchangeRecorder.statusSent(response, SignalType.ON_COMPLETE, exchange))
        .isEqualTo(200);

    response.setStatusCode(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(ExchangeRecorder.statusSent(response, SignalType.ON_COMPLETE, exchange))
        .isEqualTo(500);
    // A failed write to a client that has gone, which WebFlux answers 500 to no one.
    ServerRequestObservationContext observation =
        new ServerRequestObservationContext(request, response, exchange.getAttributes());
    observation.setConnectionAborted(true);
    exchange
        .getAttributes()
        .put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, observation);
    assertThat(ExchangeRecorder.statusSent(response, SignalType.ON_COMPLETE, exchange))
        .isEqualTo(499);

    response.setStatusCode(HttpStatus.OK);
    response.setComplete().block();
    assertThat(ExchangeRecorder.statusSent(response, SignalType.CANCEL, exchange)).isEqualTo(200);
  }

  @Test
  void aHandlerMethodStreamsWhenItReturnsSeveralValues() {
    Map<String, Boolean> streams =
        Map.of(
            "stream", true,
            "events", true,
            "all", true,
            "book", false,
            "entity", false,
            "byIsbn", false);
    streams.forEach(
        (name, streamed) -> {
          Method method =
              Arrays.stream(ShelfController.class.getMethods())
                  .filter(candidate -> candidate.getName().equals(name))
                  .findFirst()
                  .orElseThrow();
          assertThat(ExchangeRecorder.returnsStreamedBody(method)).as(name).isEqualTo(streamed);
        });
  }
}
