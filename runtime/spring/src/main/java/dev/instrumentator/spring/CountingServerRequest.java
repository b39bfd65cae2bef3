package dev.instrumentator.spring;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

/**
 * The request as WebFlux gets it when sizes are measured: its body's size is what the application
 * read of it (form data and multipart parts included, which WebFlux reads from the same body),
 * never what a {@code Content-Length} merely declares; a body nobody read counts 0.
 */
final class CountingServerRequest extends ServerHttpRequestDecorator {
  private final AtomicLong bytes = new AtomicLong();

  CountingServerRequest(ServerHttpRequest request) {
    super(request);
  }

  @Override
  public Flux<DataBuffer> getBody() {
    return super.getBody().doOnNext(buffer -> bytes.addAndGet(buffer.readableByteCount()));
  }

  long bodyBytes() {
    return bytes.get();
  }
}
