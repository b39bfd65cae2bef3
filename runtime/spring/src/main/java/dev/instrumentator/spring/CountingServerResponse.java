package dev.instrumentator.spring;

import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The response as WebFlux gets it when sizes are measured: its body's size is the bytes written
 * to it, streamed ones included. Files are then written through it rather than by Netty's zero-copy
 * transfer: the same bytes, copied.
 */
final class CountingServerResponse extends ServerHttpResponseDecorator {
  private final AtomicLong bytes = new AtomicLong();

  CountingServerResponse(ServerHttpResponse response) {
    super(response);
  }

  @Override
  public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
    return super.writeWith(counted(body));
  }

  @Override
  public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
    return super.writeAndFlushWith(Flux.from(body).map(this::counted));
  }

  private Flux<? extends DataBuffer> counted(Publisher<? extends DataBuffer> body) {
    return Flux.from(body).doOnNext(buffer -> bytes.addAndGet(buffer.readableByteCount()));
  }

  long bodyBytes() {
    return bytes.get();
  }
}
