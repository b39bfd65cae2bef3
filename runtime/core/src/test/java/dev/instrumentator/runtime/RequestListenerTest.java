package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.RequestListener.RecordedRequest;
import dev.instrumentator.runtime.testing.LogCapture;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Listeners hear every recorded request, as it was recorded, and nothing that was not, each on a
 * thread of its own: what one throws, or how long it takes, never reaches a request nor stops the
 * others.
 */
class RequestListenerTest {
  private static final long MINUTE = 60_000_000_000L;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @Test
  void everyRecordedRequestIsHeardWithItsExactStatus() {
    List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    HttpMetrics metrics = HttpMetrics.builder().registry(registry).listeners(requests::add).build();
    Route books = Route.of("GET", "/books");

    books.recordRequest(metrics, "GET", System.nanoTime() - 2_000_000, 201);
    books.recordRequest(metrics, "HEAD", System.nanoTime(), 404);
    Route.of("GET", "/metrics").recordRequest(metrics, "GET", System.nanoTime(), 200); // excluded
    metrics.recordUntemplated("BREW", "/pot", 418, System.nanoTime());
    awaitHeard(metrics);

    assertEquals(3, requests.size(), requests.toString());
    assertEquals(List.of("GET /books 201", "HEAD /books 404", "_OTHER none 418"),
        requests.stream().map(r -> r.method() + " " + r.handler() + " " + r.status()).toList());
    assertTrue(requests.get(0).seconds() >= 0.002, "the duration recorded: " + requests.get(0));
    assertEquals(
        Scrape.of(registry).value(
            "http_request_duration_seconds_sum",
            Scrape.labels("method", "GET", "handler", "/books", "status", "2xx")),
        requests.get(0).seconds(),
        "the same duration the histogram observed");
  }

  @Test
  void eachListenerHearsTheRequestsInTheirOrder() {
    List<String> second = new CopyOnWriteArrayList<>();
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners(
                request -> heard.add(request.handler()), request -> second.add(request.handler()))
            .build();

    for (int i = 0; i < 100; i++) {
      Route.of("GET", "/books/" + i).recordRequest(metrics, "GET", System.nanoTime(), 200);
    }
    awaitHeard(metrics);

    List<String> inOrder = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "/books/" + i).toList();
    assertEquals(inOrder, heard);
    assertEquals(inOrder, second);
  }

  /**
   * A listener that throws, an {@code Error} as well as an exception, is a failure of the metrics:
   * each kind logged once; the request untouched; the listeners after it still called.
   */
  @Test
  void aListenerThatThrowsStopsNoRequestAndNoOtherListener() {
    IllegalStateException bug = new IllegalStateException("a bug in the listener");
    AssertionError assertion = new AssertionError("an assertion in the listener");
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners(
                request -> {
                  if (request.handler().equals("/books")) {
                    throw bug;
                  }
                  throw assertion;
                },
                request -> heard.add(request.handler()))
            .build();

    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      Route.of("GET", "/books").recordRequest(metrics, "GET", System.nanoTime(), 200);
      Route.of("GET", "/books").recordRequest(metrics, "GET", System.nanoTime(), 200);
      Route.of("GET", "/authors").recordRequest(metrics, "GET", System.nanoTime(), 200);
      awaitHeard(metrics);

      List<LogRecord> records = log.records();
      assertEquals(2, records.size(), "log lines: " + records);
      assertSame(bug, records.get(0).getThrown());
      assertSame(assertion, records.get(1).getThrown());
    }
    assertEquals(List.of("/books", "/books", "/authors"), heard);
    assertEquals(
        Map.of(
            Scrape.labels("method", "GET", "handler", "/books", "status", "2xx"), 2.0,
            Scrape.labels("method", "GET", "handler", "/authors", "status", "2xx"), 1.0),
        Scrape.of(registry).series("http_request_duration_seconds_count"));
  }

  /** A listener that hangs delays no request, nor the other listeners. */
  @Test
  void aListenerThatHangsDelaysNothingElse() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners(
                request -> {
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                request -> heard.add(request.handler()))
            .build();
    try {
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        Route.of("GET", "/books").recordRequest(metrics, "GET", System.nanoTime(), 200);
      }
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "recording waited");
      awaitHeardBy(heard, 3);
      assertEquals(List.of("/books", "/books", "/books"), heard);
    } finally {
      release.countDown();
    }
    awaitHeard(metrics);
  }

  /** Metrics unregistered stop their listeners: a request recorded later is not heard. */
  @Test
  void unregisteredMetricsStopTheirListeners() throws InterruptedException {
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners(request -> heard.add(request.handler()))
            .build();
    Route.of("GET", "/books").recordRequest(metrics, "GET", System.nanoTime(), 200);
    awaitHeard(metrics);

    metrics.unregister();
    Route.of("GET", "/authors").recordRequest(metrics, "GET", System.nanoTime(), 200);
    Thread.sleep(50);

    assertEquals(List.of("/books"), heard);
  }

  /**
   * A listener that falls behind by more than the requests allowed to wait misses the next ones,
   * reported once; once it catches up, it hears the next as ever. (Each listener has its limit:
   * the others are not held back, as {@link #aListenerThatHangsDelaysNothingElse} shows.)
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
            new dev.instrumentator.runtime.spi.MetricsFailures(),
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
   * Each listener's thread is a daemon, which never keeps the JVM from exiting, and it ends when
   * its metrics are unregistered, at once, asleep or not.
   */
  @Test
  void listenerThreadsAreDaemonsThatEndWithTheirMetrics() throws InterruptedException {
    Thread[] caller = new Thread[1];
    HttpMetrics metrics =
        HttpMetrics.builder()
            .registry(registry)
            .listeners(request -> caller[0] = Thread.currentThread())
            .build();
    Route.of("GET", "/books").recordRequest(metrics, "GET", System.nanoTime(), 200);
    awaitHeard(metrics);
    Thread.sleep(50); // asleep, for want of requests

    assertTrue(caller[0].isDaemon());
    assertEquals("instrumentator-listener", caller[0].getName());
    metrics.unregister();
    caller[0].join(5_000);
    assertTrue(!caller[0].isAlive(), "the listener's thread still runs after unregister");
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
            new dev.instrumentator.runtime.spi.MetricsFailures(),
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
        new dev.instrumentator.runtime.spi.MetricsFailures(),
        pace);
  }

  @Test
  void aNullListenerIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpMetrics.builder().listeners(request -> {}, null));
    assertEquals("listener null is not a RequestListener", refused.getMessage());
  }

  /** Once every listener has heard every request recorded into {@code metrics} (at most 5 s). */
  static void awaitHeard(HttpMetrics metrics) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!metrics.listeners().allHeard()) {
      assertTrue(System.nanoTime() < deadline, "the listeners did not hear every request in 5 s");
      Thread.onSpinWait();
    }
  }

  private static void awaitHeardBy(List<String> heard, int requests) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (heard.size() < requests) {
      assertTrue(System.nanoTime() < deadline, "heard only " + heard);
      Thread.onSpinWait();
    }
  }
}
