package dev.instrumentator.spring;

import io.netty.util.AttributeKey;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.netty.Connection;

/**
 * Hands a request's {@link TimedExchange} from {@link ReactiveRequestTiming}'s HTTP handler to its
 * web filter through the request's Netty channel, on Reactor Netty. The other way, an entry in the
 * request's Reactor context, made every context of the request one entry larger: Reactor builds
 * contexts of four and five entries with a check that allocates a message per entry, and under
 * Spring Security that was about 790 bytes a request (docs/design.md, fact W7). A channel carries
 * one request at a time (HTTP/1.1 answers requests in order; each HTTP/2 stream is a channel of its
 * own), and the filter takes the request off it as it arrives. A request no web filter saw (the
 * handling failed before the first) stays until the channel's next request takes its place, or
 * the channel closes.
 *
 * <p>Loaded only where Reactor Netty is on the class path ({@link
 * ReactiveRequestTiming#NETTY_PRESENT}).
 */
final class NettyHandOver {
  private static final AttributeKey<TimedExchange> TIMED =
      AttributeKey.valueOf(NettyHandOver.class.getName());

  private NettyHandOver() {}

  /** Leaves {@code timed} on the channel of {@code response}; false if it has none. */
  static boolean leave(ServerHttpResponse response, TimedExchange timed) {
    Connection connection = connectionOf(response);
    if (connection == null) {
      return false;
    }
    connection.channel().attr(TIMED).set(timed);
    return true;
  }

  /** The request left on the channel of {@code response}, taken off it; null if none is. */
  static TimedExchange take(ServerHttpResponse response) {
    Connection connection = connectionOf(response);
    return connection != null ? connection.channel().attr(TIMED).getAndSet(null) : null;
  }

  private static Connection connectionOf(ServerHttpResponse response) {
    Object nativeResponse;
    try {
      nativeResponse = ServerHttpResponseDecorator.getNativeResponse(response);
    } catch (RuntimeException noNativeResponse) {
      // A response made by hand (a test's mock) has none.
      return null;
    }
    return nativeResponse instanceof Connection connection ? connection : null;
  }
}
