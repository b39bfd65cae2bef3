package dev.instrumentator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.RequestListener.RecordedRequest;
import dev.instrumentator.runtime.internal.Companion;
import dev.instrumentator.runtime.internal.Route;
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
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @Test
  void everyRecordedRequestIsHeardWithItsExactStatus() {
    List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    HttpMetrics metrics = HttpMetrics.builder().listeners(requests::add).register(registry);
    Route books = Route.of("GET", "/books");

    Companion.recordRequest(metrics, books, "GET", System.nanoTime() - 2_000_000, 201);
    Companion.recordRequest(metrics, books, "HEAD", System.nanoTime(), 404);
    Companion.recordRequest(metrics, Route.of("GET", "/metrics"), "GET", System.nanoTime(), 200); // excluded
    Companion.recordUntemplated(metrics, "BREW", "/pot", 418, System.nanoTime());
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
            .listeners(
                request -> heard.add(request.handler()), request -> second.add(request.handler()))
            .register(registry);

    for (int i = 0; i < 100; i++) {
      Companion.recordRequest(metrics, Route.of("GET", "/books/" + i), "GET", System.nanoTime(), 200);
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
            .listeners(
                request -> {
                  if (request.handler().equals("/books")) {
                    throw bug;
                  }
                  throw assertion;
                },
                request -> heard.add(request.handler()))
            .register(registry);

    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      Companion.recordRequest(metrics, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
      Companion.recordRequest(metrics, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
      Companion.recordRequest(metrics, Route.of("GET", "/authors"), "GET", System.nanoTime(), 200);
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
            .listeners(
                request -> {
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                request -> heard.add(request.handler()))
            .register(registry);
    try {
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        Companion.recordRequest(metrics, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
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
            .listeners(request -> heard.add(request.handler()))
            .register(registry);
    Companion.recordRequest(metrics, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
    awaitHeard(metrics);

    metrics.unregister();
    Companion.recordRequest(metrics, Route.of("GET", "/authors"), "GET", System.nanoTime(), 200);
    Thread.sleep(50);

    assertEquals(List.of("/books"), heard);
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
            .listeners(request -> caller[0] = Thread.currentThread())
            .register(registry);
    Companion.recordRequest(metrics, Route.of("GET", "/books"), "GET", System.nanoTime(), 200);
    awaitHeard(metrics);
    Thread.sleep(50); // asleep, for want of requests

    assertTrue(caller[0].isDaemon());
    assertEquals("instrumentator-listener", caller[0].getName());
    metrics.unregister();
    caller[0].join(5_000);
    assertTrue(!caller[0].isAlive(), "the listener's thread still runs after unregister");
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
    while (!Companion.allHeard(metrics)) {
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
