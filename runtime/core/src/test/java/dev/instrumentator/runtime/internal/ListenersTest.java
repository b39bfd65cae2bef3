package dev.instrumentator.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.testing.LogCapture;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * How a listener's thread keeps up with the requests ({@link Listeners.Pace}): it misses none
 * unless too far behind, sleeps when there are none, and ends when stopped.
 */
class ListenersTest {
  private static final long MINUTE = 60_000_000_000L;

  private final List<String> heard = new CopyOnWriteArrayList<>();

  /**
   * A listener that falls behind by more than the requests allowed to wait misses the next ones,
   * reported once; once it catches up, it hears the next as ever. (Each listener has its limit:
   * the others are not held back, as {@code RequestListenerTest.aListenerThatHangsDelaysNothingElse} shows.)
   */
  @Test
  void aListenerTooFarBehindMissesRequestsAndSaysSo() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    List<String> slowHeard = new CopyOnWriteArrayList<>();
    RequestListener slow =
        request -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          slowHeard.add(request.handler());
        };
    Listeners listeners =
        new Listeners(
            List.of(slow),
            new MetricsFailures(),
            new Listeners.Pace(2, 1_000, 10_000_000L, 100));
    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      for (String handler : List.of("/1", "/2", "/3", "/4")) {
        listeners.heard("GET", handler, 200, 0.1, 0, 0);
      }
      release.countDown();
      awaitHeardBy(slowHeard, 2);
      listeners.heard("GET", "/5", 200, 0.1, 0, 0);
      awaitHeardBy(slowHeard, 3);

      assertEquals(List.of("/1", "/2", "/5"), slowHeard);
      assertEquals(1, log.records().size(), "once: " + log.records());
      assertTrue(
          log.records().get(0).getMessage().contains(", which is 2 requests behind (the request is"
              + " not handed to it)"),
          log.records().get(0).getMessage());
    } finally {
      listeners.stop();
    }
  }

  /**
   * A listener's thread asleep for want of requests is woken by the next one, and hears it at
   * once, not after the minute it sleeps unwoken.
   */
  @Test
  void aSleepingListenerIsWokenByTheNextRequest() throws InterruptedException {
    Listeners listeners = paced(new Listeners.Pace(100, 1_000, MINUTE, 0));
    try {
      listeners.heard("GET", "/books", 200, 0.1, 0, 0);
      awaitHeardBy(heard, 1);
      Thread.sleep(50); // asleep at once: no look before sleeping

      listeners.heard("GET", "/authors", 200, 0.1, 0, 0);
      awaitHeardBy(heard, 2);

      assertEquals(List.of("/books", "/authors"), heard);
    } finally {
      listeners.stop();
    }
  }

  /** Stopping the listeners ends a thread asleep until woken at once, not after its minute. */
  @Test
  void stoppingEndsASleepingListenersThreadAtOnce() throws InterruptedException {
    AtomicReference<Thread> caller = new AtomicReference<>();
    Listeners listeners =
        new Listeners(
            List.of(request -> caller.set(Thread.currentThread())),
            new MetricsFailures(),
            new Listeners.Pace(100, 1_000, MINUTE, 0));
    listeners.heard("GET", "/books", 200, 0.1, 0, 0);
    while (caller.get() == null) {
      Thread.onSpinWait();
    }
    Thread.sleep(50); // asleep until woken

    listeners.stop();
    caller.get().join(5_000);

    assertTrue(!caller.get().isAlive(), "the listener's thread still sleeps after stop");
  }

  /**
   * Between two looks for requests, a listener's thread is not woken by each request (that would
   * cost each one about 2 µs) but by the one that finds {@code wakeBehind} waiting.
   */
  @Test
  void requestsPilingUpWakeAListenerBetweenTwoLooks() throws InterruptedException {
    Listeners listeners = paced(new Listeners.Pace(100, 3, MINUTE, Integer.MAX_VALUE));
    try {
      listeners.heard("GET", "/1", 200, 0.1, 0, 0);
      awaitHeardBy(heard, 1);
      Thread.sleep(50); // waiting a minute for its next look

      for (String handler : List.of("/2", "/3", "/4")) {
        listeners.heard("GET", handler, 200, 0.1, 0, 0);
      }
      awaitHeardBy(heard, 4);

      assertEquals(List.of("/1", "/2", "/3", "/4"), heard);
    } finally {
      listeners.stop();
    }
  }

  /** While requests keep coming, a listener's thread finds them when it looks, unwoken. */
  @Test
  void aListenerBetweenLooksFindsTheNextRequest() throws InterruptedException {
    Listeners listeners = paced(new Listeners.Pace(100, 1_000, 20_000_000L, Integer.MAX_VALUE));
    try {
      listeners.heard("GET", "/books", 200, 0.1, 0, 0);
      awaitHeardBy(heard, 1);
      Thread.sleep(50);

      listeners.heard("GET", "/authors", 200, 0.1, 0, 0);
      awaitHeardBy(heard, 2);

      assertEquals(List.of("/books", "/authors"), heard);
    } finally {
      listeners.stop();
    }
  }

  private Listeners paced(Listeners.Pace pace) {
    return new Listeners(
        List.of(request -> heard.add(request.handler())),
        new MetricsFailures(),
        pace);
  }

  private static void awaitHeardBy(List<String> heard, int requests) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (heard.size() < requests) {
      assertTrue(System.nanoTime() < deadline, "heard only " + heard);
      Thread.onSpinWait();
    }
  }
}
