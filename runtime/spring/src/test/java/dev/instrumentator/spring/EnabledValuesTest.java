package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.spring.app.StatusController;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.LogEvents;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * {@code instrumentator.enabled} follows the rule the runtime applies to {@code
 * INSTRUMENTATOR_ENABLED} and the system property, which Jersey applications use: {@code false}
 * in any case turns it off; a value neither true nor false leaves it on with a warning, and never
 * stops the application from starting.
 */
class EnabledValuesTest {

  @Test
  void aValueNeitherTrueNorFalseLeavesItOnWithAWarning() {
    int mark = LogEvents.mark();
    try (App app = App.start(TestApplication.class, "instrumentator.enabled=maybe")) {
      assertTrue(servesDecorators(app));
      assertTrue(
          LogEvents.since(mark)
              .contains(
                  "WARN instrumentator: instrumentator.enabled=maybe is neither true nor false, so"
                      + " requests are recorded; set it to false to record nothing"),
          LogEvents.since(mark).toString());
    }
  }

  @Test
  void falseInAnyCaseTurnsItOff() {
    try (App app = App.start(TestApplication.class, "instrumentator.enabled=FALSE")) {
      assertFalse(servesDecorators(app));
      assertEquals(0, app.context().getBeanNamesForType(RequestRecorder.class).length);
    }
  }

  private static boolean servesDecorators(App app) {
    return Decorators.isDecorator(
        ClassUtils.getUserClass(app.context().getBean(StatusController.class)));
  }
}
