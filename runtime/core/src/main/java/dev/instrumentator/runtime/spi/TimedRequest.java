package dev.instrumentator.runtime.spi;

import dev.instrumentator.runtime.Route;

/**
 * A request that a framework companion times from its arrival until its response is complete, so
 * that it counts once, with the status the client received, for the whole time it took.
 *
 * <p>While the request's resource method runs, a decorator that it reaches hands its {@link Route}
 * over to the request instead of recording; the companion then records the request once, when it
 * ends. The companion calls {@link #handlerStarted()} and {@link #handlerFinished()} on the thread
 * that runs the resource method, right around it.
 */
public final class TimedRequest {
  private static final ThreadLocal<TimedRequest> IN_HANDLER = new ThreadLocal<>();
  /** False until a companion times its first request: decorators skip the thread-local till then. */
  private static volatile boolean companionsAtWork;

  private final long startNanos;
  /** Written on the handler's thread, read when the request ends, possibly on another one. */
  private volatile Route route;

  /** @param startNanos {@link System#nanoTime()} when the request arrived */
  public TimedRequest(long startNanos) {
    this.startNanos = startNanos;
  }

  public long startNanos() {
    return startNanos;
  }

  /** The route of the decorator that handled the request, or null if none did. */
  public Route route() {
    return route;
  }

  public void handlerStarted() {
    companionsAtWork = true;
    IN_HANDLER.set(this);
  }

  public void handlerFinished() {
    IN_HANDLER.remove();
  }

  /**
   * Gives {@code route} to the request whose handler is running on this thread, if a companion
   * times it; the outermost decorator finishes last, so its route is the one that stays.
   *
   * @return whether a companion will record the request
   */
  public static boolean handOver(Route route) {
    if (!companionsAtWork) {
      return false;
    }
    TimedRequest request = IN_HANDLER.get();
    if (request == null) {
      return false;
    }
    request.route = route;
    return true;
  }
}
