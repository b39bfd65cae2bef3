package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.instrumentator.spring.app.GoneException;
import dev.instrumentator.spring.app.StatusController;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A handler method called as a plain method, outside any request, is recorded by its decorator
 * into the application's metrics, with the status Spring would have answered.
 */
class DirectCallTest {

  @Test
  void aCallOutsideARequestIsRecordedWithTheStatusSpringWouldAnswer() {
    try (App app = App.start(TestApplication.class)) {
      Http http = app.http();
      Map<Map<String, String>, Double> before = http.counts();
      StatusController controller = app.context().getBean(StatusController.class);

      assertEquals("several", controller.several());
      assertThrows(GoneException.class, controller::gone);

      assertEquals(
          Map.of(
              labels("method", "GET", "handler", "/status/one", "status", "2xx"), 1.0,
              labels("method", "GET", "handler", "/status/gone", "status", "4xx"), 1.0),
          http.countsAdded(before, 2));
    }
  }
}
