package dev.instrumentator.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.spring.app.StatusController;
import dev.instrumentator.spring.app.StatusController_Instrumented;
import dev.instrumentator.spring.testing.LogEvents;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springdoc.core.service.OpenAPIService;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.web.method.HandlerMethod;

/**
 * What the hooks into Micrometer and springdoc do with the values those libraries hand them: a
 * decorator's class becomes its controller's, a meter that would take one of instrumentator's
 * names is left out, and anything else passes as it came.
 */
class LibraryHooksTest {
  private static final String DECORATOR = StatusController_Instrumented.class.getName();

  private final ControllerClassTag classTag =
      new ControllerClassTag(getClass().getClassLoader());

  @Test
  void aDecoratorsClassTagNamesItsController() {
    Meter.Id id = id("method.timed", Meter.Type.TIMER, "class", DECORATOR, "method", "gone");

    assertThat(classTag.map(id).getTag("class")).isEqualTo(StatusController.class.getName());
    assertThat(classTag.map(id).getTag("method")).isEqualTo("gone");
  }

  @Test
  void otherClassTagsStayAsTheyCame() {
    Meter.Id plain = id("method.timed", Meter.Type.TIMER, "class", StatusController.class.getName());
    Meter.Id unknown = id("method.timed", Meter.Type.TIMER, "class", "com.acme.Gone_Instrumented");
    Meter.Id notADecorator =
        id("method.timed", Meter.Type.TIMER, "class", NotA_Instrumented.class.getName());
    Meter.Id untagged = id("method.timed", Meter.Type.TIMER);

    for (Meter.Id id : List.of(plain, unknown, notADecorator, untagged)) {
      assertThat(classTag.map(id)).isSameAs(id);
    }
  }

  @Test
  void aMeterThatWouldTakeInstrumentatorsNameIsLeftOut() {
    MeterNameGuard guard = guard(HttpMetrics.builder().register(new PrometheusRegistry()));
    Meter.Id clash = new Meter.Id("http.request.duration", Tags.empty(), "seconds", null, Meter.Type.TIMER);
    Meter.Id other = new Meter.Id("http.server.requests", Tags.empty(), "seconds", null, Meter.Type.TIMER);

    int mark = LogEvents.mark();

    assertThat(guard.accept(clash)).isEqualTo(MeterFilterReply.DENY);
    assertThat(LogEvents.since(mark)).hasSize(1);
    assertThat(guard.accept(clash)).isEqualTo(MeterFilterReply.DENY);
    assertThat(guard.accept(other)).isEqualTo(MeterFilterReply.NEUTRAL);
    // Said once per meter, not once per registration.
    assertThat(LogEvents.since(mark))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "ERROR instrumentator: the Micrometer meter 'http.request.duration' (a timer)"
                            + " would be scraped as http_request_duration_seconds")
                    .endsWith(
                        "Rename the meter, or instrumentator's metrics with"
                            + " instrumentator.metric-name, instrumentator.namespace or"
                            + " instrumentator.subsystem."));
  }

  /** Spring's own OpenTelemetry convention records the dialect's name: one of the two must go. */
  @Test
  void aMeterOfTheOpenTelemetryDialectsNameIsLeftOutSayingToRecordItOnce() {
    MeterNameGuard guard =
        guard(
            HttpMetrics.builder()
                .dialects(HttpMetrics.Dialect.OPENTELEMETRY)
                .register(new PrometheusRegistry()));
    Meter.Id springs =
        new Meter.Id("http.server.request.duration", Tags.empty(), "seconds", null, Meter.Type.TIMER);

    int mark = LogEvents.mark();

    assertThat(guard.accept(springs)).isEqualTo(MeterFilterReply.DENY);
    assertThat(LogEvents.since(mark))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("would be scraped as http_server_request_duration_seconds")
                    .endsWith(
                        "instrumentator.dialects=prometheus leaves it out)."));
  }

  @Test
  void aDecoratorIsTheGeneratedSubclassOfItsController() {
    assertThat(Decorators.isDecorator(StatusController_Instrumented.class)).isTrue();
    assertThat(Decorators.isDecorator(StatusController.class)).isFalse();
    assertThat(Decorators.isDecorator(NotA_Instrumented.class)).isFalse();
    assertThat(Decorators.isDecorator(Object.class)).isFalse();
    assertThat(Decorators.isDecorator(Runnable.class)).isFalse();
  }

  @Test
  void beforeStartUpOrWithoutMetricsEveryMeterPasses() {
    Meter.Id clash = new Meter.Id("http.request.duration", Tags.empty(), "seconds", null, Meter.Type.TIMER);
    DefaultListableBeanFactory none = new DefaultListableBeanFactory();
    MeterNameGuard withoutMetrics = new MeterNameGuard(none.getBeanProvider(HttpMetrics.class));
    withoutMetrics.afterSingletonsInstantiated();
    DefaultListableBeanFactory some = new DefaultListableBeanFactory();
    some.registerSingleton("metrics", HttpMetrics.builder().register(new PrometheusRegistry()));
    MeterNameGuard notStarted = new MeterNameGuard(some.getBeanProvider(HttpMetrics.class));

    assertThat(withoutMetrics.accept(clash)).isEqualTo(MeterFilterReply.NEUTRAL);
    assertThat(notStarted.accept(clash)).isEqualTo(MeterFilterReply.NEUTRAL);
  }

  @Test
  void springdocsDefaultTagOfADecoratorNamesItsController() throws NoSuchMethodException {
    String decorators = OpenAPIService.splitCamelCase(StatusController_Instrumented.class.getSimpleName());
    String controllers = OpenAPIService.splitCamelCase(StatusController.class.getSimpleName());
    Operation operation = new Operation().tags(List.of(decorators, "own", controllers));

    new SpringdocTags().customize(operation, handler(new StatusController_Instrumented()));

    assertThat(operation.getTags()).containsExactly(controllers, "own");
  }

  @Test
  void springdocsTagsOfAControllerStayAsTheyCame() throws NoSuchMethodException {
    Operation tagged = new Operation().tags(List.of("status-controller"));
    Operation untagged = new Operation();

    new SpringdocTags().customize(tagged, handler(new StatusController()));
    Operation result = new SpringdocTags().customize(untagged, handler(new StatusController_Instrumented()));

    assertThat(tagged.getTags()).containsExactly("status-controller");
    assertThat(result).isSameAs(untagged);
    assertThat(untagged.getTags()).isNull();
  }

  private static HandlerMethod handler(Object controller) throws NoSuchMethodException {
    return new HandlerMethod(controller, StatusController.class.getMethod("gone"));
  }

  private static MeterNameGuard guard(HttpMetrics metrics) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("metrics", metrics);
    MeterNameGuard guard = new MeterNameGuard(beans.getBeanProvider(HttpMetrics.class));
    guard.afterSingletonsInstantiated();
    return guard;
  }

  private static Meter.Id id(String name, Meter.Type type, String... tags) {
    return new Meter.Id(name, Tags.of(tags), null, null, type);
  }

  /** Named like a decorator, but no decorator: it extends no controller of its name. */
  static class NotA_Instrumented {}
}
