package dev.instrumentator.runtime.internal;

import dev.instrumentator.runtime.RequestListener.RecordedRequest;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@link RequestListener}s of one {@link HttpMetrics}, each called on a thread of its own, so
 * that a request never waits for them, and a slow, hanging or failing listener delays or stops
 * none of the others: each hears the requests in the order they were recorded. What a listener
 * throws, {@code Error}s included, is reported; a {@link VirtualMachineError} ends its thread, and
 * a new one takes over with the next request. A request recorded while 65,536 wait for a listener
 * ({@link Pace#DEFAULT}) is not handed to it (reported).
 *
 * <p>Per request: one small object, and a lock-free enqueue per listener. Waking a thread costs the
 * request that does it about 2 µs ({@code OptionsBenchmark.decoratorNowAndThen}, BENCHMARKS.md), so
 * a request wakes a listener's thread only after a second without requests ({@link Pace#DEFAULT}):
 * until then the thread looks for requests every 10 ms, and a listener hears a request that much
 * later at most.
 */
final class Listeners {
  /**
   * How a listener's thread keeps up with the requests.
   *
   * @param mostPending how many requests may wait for a listener; one more is not handed to it
   * @param wakeBehind a request that finds this many waiting wakes the thread between two looks,
   *     so that requests coming faster than the looks do not pile up to {@code mostPending}
   * @param lookEveryNanos how often the thread looks for requests while they keep coming
   * @param looksBeforeSleep how many looks find nothing before the thread sleeps until a request
   *     wakes it
   */
  record Pace(int mostPending, int wakeBehind, long lookEveryNanos, int looksBeforeSleep) {
    /** Looks every 10 ms, asleep after a second without requests. */
    static final Pace DEFAULT = new Pace(65_536, 1_000, 10_000_000L, 100);
  }

  /**
   * How long a listener's thread sleeps, at most, when nobody wakes it: a request and {@link
   * #stop} wake it, so this is only a bound on a wake-up lost to a bug.
   */
  private static final long IDLE_NANOS = 60_000_000_000L;

  private final List<Lane> lanes;
  private final MetricsFailures failures;
  private final Pace pace;
  private volatile boolean stopped;

  Listeners(List<RequestListener> listeners, MetricsFailures failures) {
    this(listeners, failures, Pace.DEFAULT);
  }

  /** @param pace {@link Pace#DEFAULT}, or what a test needs */
  Listeners(List<RequestListener> listeners, MetricsFailures failures, Pace pace) {
    this.lanes = listeners.stream().map(Lane::new).toList();
    this.failures = failures;
    this.pace = pace;
  }

  /** Hands a recorded request to each listener. Never waits, never throws. */
  void heard(
      String method,
      String handler,
      int status,
      double seconds,
      long requestBytes,
      long responseBytes) {
    if (stopped) {
      return;
    }
    RecordedRequest request =
        new RecordedRequest(method, handler, status, seconds, requestBytes, responseBytes);
    for (Lane lane : lanes) {
      lane.add(request);
    }
  }

  /** Stops the listeners' threads; requests recorded after are not heard. */
  void stop() {
    stopped = true;
    lanes.forEach(Lane::wake);
  }

  /** Whether every request handed over so far has been heard by every listener, for tests. */
  boolean allHeard() {
    return lanes.stream().allMatch(lane -> lane.waiting.get() == 0);
  }

  /** One listener, its requests waiting, and the thread that calls it. */
  private final class Lane {
    private final RequestListener listener;
    private final ConcurrentLinkedQueue<RecordedRequest> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    /** The thread calling the listener, or null before the first request. */
    private volatile Thread caller;
    /** Whether the caller sleeps until woken: only then does a request wake it. */
    private volatile boolean sleeping;

    Lane(RequestListener listener) {
      this.listener = listener;
    }

    void add(RecordedRequest request) {
      int behind = waiting.incrementAndGet();
      if (behind > pace.mostPending()) {
        waiting.decrementAndGet();
        failures.report(
            "a request for " + listener + ", which is " + pace.mostPending() + " requests behind (the"
                + " request is not handed to it)",
            new RejectedExecutionException("a listener too slow for the requests"));
        return;
      }
      pending.add(request);
      Thread current = caller;
      if (current == null || !current.isAlive()) {
        start();
      } else if (sleeping || behind == pace.wakeBehind()) {
        LockSupport.unpark(current);
      }
    }

    void wake() {
      Thread current = caller;
      if (current != null) {
        LockSupport.unpark(current);
      }
    }

    private synchronized void start() {
      Thread current = caller;
      if (stopped || (current != null && current.isAlive())) {
        return;
      }
      Thread thread = new Thread(this::callListener, "instrumentator-listener");
      thread.setDaemon(true);
      caller = thread;
      thread.start();
    }

    private void callListener() {
      int emptyLooks = 0;
      while (!stopped) {
        RecordedRequest request = pending.poll();
        if (request == null) {
          if (emptyLooks++ < pace.looksBeforeSleep()) {
            LockSupport.parkNanos(this, pace.lookEveryNanos());
            continue;
          }
          sleeping = true;
          if (pending.isEmpty() && !stopped) {
            LockSupport.parkNanos(this, IDLE_NANOS);
          }
          sleeping = false;
          emptyLooks = 0;
          continue;
        }
        emptyLooks = 0;
        try {
          call(request);
        } finally {
          waiting.decrementAndGet();
        }
      }
    }

    private void call(RecordedRequest request) {
      try {
        listener.onRequest(request);
      } catch (Throwable failure) {
        // A VirtualMachineError is thrown on, and ends this thread.
        failures.report("a request for " + listener, failure);
      }
    }
  }
}
