package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.beanmade.MadeController;
import dev.instrumentator.spring.beanmade.app.BeanMadeApplication;
import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.spring.reactive.ReactiveApplication;
import dev.instrumentator.spring.reactive.ShelfController;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.LogEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * No set-up records nothing in silence: start-up says what is timed and where it can be scraped,
 * and warns of an {@code @Instrumented} controller served without its decorator, on Spring MVC and on
 * Spring WebFlux.
 */
class StartupReportTest {
  /**
   * How the report names the stack of these tests' servlet applications: WebFlux is on the test
   * class path too, and Spring Boot chooses Spring MVC.
   */
  private static final String MVC =
      "Spring MVC, which Spring Boot chose over Spring WebFlux, also on the class path";


  @Test
  void startUpSaysWhatIsTimedAndWhereActuatorServesIt() {
    int mark = LogEvents.mark();
    App app = App.start(TestApplication.class);
    try {
      assertEquals(
          List.of(
              "INFO instrumentator times 34 handler methods of 7 @Instrumented controllers (" + MVC + "), into"
                  + " actuator's Prometheus registry, served at /actuator/prometheus"),
          LogEvents.since(mark));
    } finally {
      app.close();
    }
  }

  @Test
  void startUpSaysWhenActuatorDoesNotExposeThePrometheusEndpoint() {
    int mark = LogEvents.mark();
    App app =
        App.start(
            TestApplication.class,
            "management.endpoints.web.exposure.include=health",
            "management.endpoints.web.base-path=/manage");
    try {
      assertEquals(
          List.of(
              "INFO instrumentator times 34 handler methods of 7 @Instrumented controllers (" + MVC + "), into"
                  + " actuator's Prometheus registry, served at /manage/prometheus once"
                  + " management.endpoints.web.exposure.include lists prometheus"),
          LogEvents.since(mark));
    } finally {
      app.close();
    }
  }

  @Test
  void aControllerMadeByABeanMethodIsServedWithoutItsDecoratorAndStartUpSaysSo() {
    int mark = LogEvents.mark();
    try (App app = App.start(BeanMadeApplication.class)) {
      assertEquals(
          MadeController.class,
          ClassUtils.getUserClass(app.context().getBean(MadeController.class)));
      assertEquals(
          List.of(
              "INFO instrumentator times 0 handler methods of 0 @Instrumented controllers (" + MVC + "), into"
                  + " actuator's Prometheus registry, served at /actuator/prometheus",
              "WARN instrumentator: dev.instrumentator.spring.beanmade.MadeController is"
                  + " @Instrumented, but its bean is not made from its class name (a @Bean method"
                  + " makes it?), so it is served without its decorator and none of its requests is"
                  + " timed. Return new MadeController_Instrumented(...) from that method, or let"
                  + " component scanning find MadeController."),
          LogEvents.since(mark));
    }
  }

  @Test
  void aClassWithNoDecoratorMeansTheProcessorDidNotRun() {
    String message = StartupReport.withoutDecoratorMessage(StartupReportTest.class);

    assertTrue(
        message.startsWith(
            "instrumentator: dev.instrumentator.spring.StartupReportTest is @Instrumented but has"
                + " no decorator (dev.instrumentator.spring.StartupReportTest_Instrumented), so"
                + " none of its requests is timed: the annotation processor did not run."),
        message);
  }

  @Test
  void aReactiveApplicationIsTimedAndStartUpSaysSo() {
    int mark = LogEvents.mark();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ReactiveApplication.class)
            .web(WebApplicationType.REACTIVE)
            .properties("server.port=0", "server.address=127.0.0.1")
            .run()) {
      assertEquals(
          List.of(
              "INFO instrumentator times 20 handler methods of 4 @Instrumented controllers"
                  + " (Spring WebFlux), into actuator's Prometheus registry, served at"
                  + " /actuator/prometheus"),
          LogEvents.since(mark));
      assertEquals(
          DecoratorName.of(ShelfController.class.getName()),
          ClassUtils.getUserClass(context.getBean(ShelfController.class)).getName());
    }
  }
}
