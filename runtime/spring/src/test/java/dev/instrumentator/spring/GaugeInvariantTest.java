package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.testing.FaultyListeners;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.runtime.testing.Wire;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.traffic.TrafficApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * The in-progress gauge is exact under faults: after any mix of requests, sent eight at a time
 * (HEAD, exceptions and error pages through an {@code @Instrumented} error controller, Spring
 * Security's refusals, unknown paths and methods, asynchronous answers and time-outs, clients that
 * leave before the answer, mid-body and mid-stream, server-sent events), with listeners that
 * throw, err, hang and lag, once no request is in flight every series of the gauge reads 0,
 * labelled or not, and every request was counted once.
 */
class GaugeInvariantTest {
  private static final int REQUESTS = 400;
  private static final String GAUGE = "http_requests_inprogress";
  private static final String HISTOGRAM = "http_request_duration_seconds";

  /** Each kind of request, as the client sends it. */
  private static final List<Consumer<Wire>> KINDS =
      List.of(
          wire -> wire.exchange("GET", "/traffic/ok", null),
          wire -> wire.exchange("HEAD", "/traffic/ok", null),
          wire -> wire.exchange("GET", "/traffic/missing", null),
          wire -> wire.exchange("GET", "/traffic/broken", null),
          wire -> wire.exchange("GET", "/traffic/async", null),
          wire -> wire.exchange("GET", "/traffic/timeout", null),
          wire -> wire.exchange("GET", "/traffic/secret", null),
          wire -> wire.exchange("GET", "/nowhere", null),
          wire -> wire.exchange("PUT", "/traffic/ok", "x"),
          wire -> wire.exchange("OPTIONS", "/traffic/ok", null),
          wire -> wire.abandon("GET", "/traffic/slow?millis=30", 0),
          wire -> wire.abandon("GET", "/traffic/stream?millis=5", 20),
          wire -> wire.exchange("GET", "/traffic/events?millis=5", null),
          wire -> wire.abandon("GET", "/traffic/events?millis=50", 10));

  private static final FaultyListeners faulty = new FaultyListeners();
  private static App withLabels;
  private static App withoutLabels;

  /** The misbehaving listeners, as beans. */
  static class Listeners {
    @Bean
    RequestListener throwing() {
      return faulty.listeners()[0];
    }

    @Bean
    RequestListener erring() {
      return faulty.listeners()[1];
    }

    @Bean
    RequestListener hanging() {
      return faulty.listeners()[2];
    }

    @Bean
    RequestListener slow() {
      return faulty.listeners()[3];
    }
  }

  @BeforeAll
  static void start() {
    withLabels = start(true);
    withoutLabels = start(false);
  }

  private static App start(boolean inProgressLabels) {
    return App.start(
        List.of(TrafficApplication.class, Listeners.class),
        "instrumentator.in-progress=true",
        "instrumentator.in-progress-labels=" + inProgressLabels,
        "instrumentator.sizes=true",
        "instrumentator.requests-total=true");
  }

  @AfterAll
  static void stop() {
    withLabels.close();
    withoutLabels.close();
    faulty.close();
  }

  @Test
  void afterAnyMixOfRequestsEveryInProgressSeriesReadsZero() throws Exception {
    send(withLabels, 1);
    send(withoutLabels, 1);

    Map<Map<String, String>, Double> withLabelsGauge = awaitIdle(withLabels);
    Map<Map<String, String>, Double> withoutLabelsGauge = awaitIdle(withoutLabels);
    assertTrue(withLabelsGauge.size() > 5, "a series per method and route: " + withLabelsGauge);
    assertEquals(1, withoutLabelsGauge.size(), withoutLabelsGauge.toString());
    assertEquals(
        REQUESTS,
        Scrape.awaitCounted(() -> withLabels.http().scrape().only(HISTOGRAM), REQUESTS).counted());
    assertEquals(
        REQUESTS,
        Scrape.awaitCounted(() -> withoutLabels.http().scrape().only(HISTOGRAM), REQUESTS)
            .counted());
    System.out.println(
        "Spring: " + 2 * REQUESTS + " requests, gauge 0 everywhere ("
            + (withLabelsGauge.size() + withoutLabelsGauge.size()) + " series)");
  }

  /** {@value #REQUESTS} requests of kinds drawn at random, eight at a time. */
  private static void send(App app, long seed) throws Exception {
    Wire wire = Wire.onPort(app.port());
    Random random = new Random(seed);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        Consumer<Wire> kind = KINDS.get(i < KINDS.size() ? i : random.nextInt(KINDS.size()));
        sent.add(clients.submit(() -> kind.accept(wire)));
      }
      for (Future<?> request : sent) {
        request.get();
      }
    } finally {
      clients.shutdown();
    }
  }

  /** The gauge's series once every one reads 0, or after 10 s, when the test fails. */
  private static Map<Map<String, String>, Double> awaitIdle(App app) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<Map<String, String>, Double> gauge = app.http().scrape().series(GAUGE);
    while (gauge.values().stream().anyMatch(value -> value != 0.0) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      gauge = app.http().scrape().series(GAUGE);
    }
    assertTrue(
        gauge.values().stream().allMatch(value -> value == 0.0), "in progress still: " + gauge);
    return gauge;
  }
}
