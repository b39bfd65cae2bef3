package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.App;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value an option refuses stops start-up with an {@link IllegalArgumentException} that names the
 * property and the value, and says what is wrong with it.
 */
class BadConfigurationTest {

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad(p -> p.setRoundLatencyDecimals(-1), "instrumentator.round-latency-decimals=-1 is refused: "),
        bad(p -> p.setExcludedHandlers(List.of("/ok", "(")), "instrumentator.excluded-handlers=[/ok, (] is refused: "),
        bad(p -> p.setBuckets(List.of(1.0, 0.5)), "instrumentator.buckets=[1.0, 0.5] is refused: "),
        bad(p -> p.setMetricName("request duration"), "instrumentator.metric-name=request duration is refused: "),
        bad(p -> p.getLabelNames().setStatus("method"), "instrumentator.label-names=[method, handler, method] is refused: "),
        bad(p -> p.setNamespace("book store"), "instrumentator.namespace=book store is refused: "),
        bad(p -> p.setSubsystem("2api"), "instrumentator.subsystem=2api is refused: "),
        bad(p -> p.setConstantLabels(Map.of("handler", "x")), "instrumentator.constant-labels={handler=x} is refused: "),
        bad(p -> p.setUntemplatedPathLimit(-1), "instrumentator.untemplated-path-limit=-1 is refused: "));
  }

  private static Arguments bad(Consumer<InstrumentatorProperties> setting, String messageStart) {
    return Arguments.of(setting, messageStart);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badValues")
  void aRefusedValueNamesItsProperty(Consumer<InstrumentatorProperties> setting, String start) {
    InstrumentatorProperties properties = new InstrumentatorProperties();
    setting.accept(properties);

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, properties::metrics);

    assertEquals(start, refused.getMessage().substring(0, Math.min(start.length(), refused.getMessage().length())), refused.getMessage());
    assertEquals(IllegalArgumentException.class, refused.getCause().getClass());
  }

  @Test
  void anApplicationWithARefusedValueDoesNotStartAndSaysWhy() {
    Exception failure =
        assertThrows(
            Exception.class,
            () -> App.start(TestApplication.class, "instrumentator.buckets=1,0.5").close());

    Throwable cause = failure;
    while (!(cause instanceof IllegalArgumentException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertEquals(
        "instrumentator.buckets=[1.0, 0.5] is refused: " + cause.getCause().getMessage(),
        cause.getMessage());
  }

  @Test
  void aMetricsEndpointPathMustBeAPlainPath() {
    Exception failure =
        assertThrows(
            Exception.class,
            () ->
                App.start(
                        TestApplication.class,
                        "instrumentator.metrics-endpoint.enabled=true",
                        "instrumentator.metrics-endpoint.path=metrics")
                    .close());

    Throwable cause = failure;
    while (!(cause instanceof IllegalArgumentException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertEquals(
        "instrumentator.metrics-endpoint.path=metrics is refused: give a plain path such as"
            + " /metrics",
        cause.getMessage());
  }
}
