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
 * A handler method called as a plain Java method (by a scheduled job, another bean, a test) is no
 * request: with the companion in the application, its decorator records nothing, and only the
 * requests count. The same methods called by requests count as usual.
 */
class DirectCallTest {

  @Test
  void aCallThatNoRequestMadeIsNotRecorded() {
    try (App app = App.start(TestApplication.class)) {
      Http http = app.http();
      Map<Map<String, String>, Double> before = http.counts();
      StatusController controller = app.context().getBean(StatusController.class);

      assertEquals("several", controller.several());
      assertThrows(GoneException.class, controller::gone);
      http.get("/status/one");

      assertEquals(
          Map.of(labels("method", "GET", "handler", "/status/one", "status", "2xx"), 1.0),
          http.countsAdded(before, 1));
    }
  }
}
