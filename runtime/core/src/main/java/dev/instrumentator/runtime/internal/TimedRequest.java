package dev.instrumentator.runtime.internal;

/**
 * A request that a framework companion times from its arrival until its response is complete, so
 * that it counts once, with the status the client received, for the whole time it took, under the
 * route of the handler the framework dispatched it to: what the framework matched, never which
 * decorator happened to run (a {@code @DoNotTrack} method, a filter or another thread may call a
 * timed one).
 *
 * <p>Once a companion has {@linkplain #companionStarted() started} in the process, decorators
 * record nothing of their own: only requests count, and a decorated method called as a plain Java
 * method is no request. Without a companion, each decorator records its calls.
 *
 * <p>A request a servlet filter times {@linkplain #openWindow() is open} on its thread while the
 * filter chain runs: a companion of the framework the chain reaches (a Jersey servlet inside a
 * Spring Boot application, both companions present) {@linkplain #claimEnclosing() claims} it and
 * records it under its own routes, so that it counts once.
 */
public final class TimedRequest {
  /** The request a servlet filter times on each thread, while its chain runs. */
  private static final ThreadLocal<TimedRequest> OPEN = new ThreadLocal<>();
  private static volatile boolean companionStarted;

  private final long startNanos;
  /** The request open on this thread before this one, restored when this one closes. */
  private TimedRequest enclosing;
  /** Whether a companion the chain reached records this request. */
  private volatile boolean claimed;

  /** @param startNanos {@link System#nanoTime()} when the request arrived */
  public TimedRequest(long startNanos) {
    this.startNanos = startNanos;
  }

  public long startNanos() {
    return startNanos;
  }

  /**
   * Tells that a framework companion records this process's requests: from now on, decorators
   * record nothing of their own.
   */
  public static void companionStarted() {
    companionStarted = true;
  }

  /** Whether a framework companion records this process's requests. */
  public static boolean isCompanionStarted() {
    return companionStarted;
  }

  /** Opens this request on this thread, for a companion nested inside to claim. */
  public void openWindow() {
    enclosing = OPEN.get();
    OPEN.set(this);
  }

  /** Closes it: the request open before it, if any, is open again. */
  public void closeWindow() {
    if (OPEN.get() == this) {
      if (enclosing == null) {
        OPEN.remove();
      } else {
        OPEN.set(enclosing);
        enclosing = null;
      }
    }
  }

  /**
   * Tells the request open on this thread, if any, that the calling companion, nested inside,
   * records it.
   */
  public static void claimEnclosing() {
    TimedRequest enclosing = OPEN.get();
    if (enclosing != null) {
      enclosing.claimed = true;
    }
  }

  /** Whether a companion nested inside has claimed this request, which it records. */
  public boolean isClaimed() {
    return claimed;
  }
}
