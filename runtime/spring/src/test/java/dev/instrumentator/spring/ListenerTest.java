package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.testing.Await;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Every {@link RequestListener} bean hears each recorded request once, in the beans' order, with
 * the status the client received: metrics of the application's own without a filter of its own.
 */
class ListenerTest {
  static final List<String> heard = new CopyOnWriteArrayList<>();
  static final List<Double> durations = new CopyOnWriteArrayList<>();

  /** Two listeners, ordered. */
  static class Listeners {
    @Bean
    @Order(2)
    RequestListener second() {
      return request ->
          heard.add("second " + request.method() + " " + request.handler() + " " + request.status());
    }

    @Bean
    @Order(1)
    RequestListener first() {
      return request -> {
        heard.add("first " + request.method() + " " + request.handler() + " " + request.status());
        durations.add(request.seconds());
      };
    }
  }

  @Test
  void everyListenerBeanHearsEachRecordedRequest() {
    try (App app = App.start(List.of(TestApplication.class, Listeners.class))) {
      Http http = app.http();
      http.send("POST", "/status/created", null, null);
      http.get("/async/callable"); // 150 ms
      http.scrapeAfter(2);
      Await.size(heard, 4);

      // Each listener on a thread of its own: each hears the requests in their order.
      assertEquals(
          List.of("first POST /status/created 201", "first GET /async/callable 200"),
          heard.stream().filter(line -> line.startsWith("first")).toList());
      assertEquals(
          List.of("second POST /status/created 201", "second GET /async/callable 200"),
          heard.stream().filter(line -> line.startsWith("second")).toList());
      assertTrue(durations.get(1) >= 0.15, "the callable's whole 150 ms: " + durations);
    }
  }
}
