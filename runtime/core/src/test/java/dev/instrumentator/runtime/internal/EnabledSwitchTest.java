package dev.instrumentator.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.LogCapture;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the system property {@code instrumentator.enabled} and the environment variable {@code
 * INSTRUMENTATOR_ENABLED} decide whether a process records, and what it says.
 */
class EnabledSwitchTest {

  @ParameterizedTest(name = "property {0}, variable {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "unset",
      value = {
        "unset | unset | true  | ",
        "true  | unset | true  | ",
        "unset | TRUE  | true  | ",
        "false | unset | false | INFO: instrumentator records nothing in this process: instrumentator.enabled=false",
        "unset | false | false | INFO: instrumentator records nothing in this process: INSTRUMENTATOR_ENABLED=false",
        "' False ' | unset | false | INFO: instrumentator records nothing in this process: instrumentator.enabled=False",
        "true  | false | true  | ",
        "false | true  | false | INFO: instrumentator records nothing in this process: instrumentator.enabled=false",
        "unset | off   | true  | WARNING: instrumentator: INSTRUMENTATOR_ENABLED=off is neither true nor false, so requests are recorded; set it to false to record nothing",
      })
  void thePropertyDecidesElseTheVariable(
      String property, String variable, boolean enabled, String logged) {
    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      assertEquals(enabled, Recorder.enabled(property, variable));

      List<String> lines =
          log.records().stream().map(EnabledSwitchTest::line).toList();
      assertEquals(logged == null ? List.of() : List.of(logged), lines);
    }
  }

  private static String line(LogRecord record) {
    return record.getLevel() + ": " + record.getMessage();
  }

  /** The build's tests run with neither set (RecordingOffTest, in its own JVM, with the property). */
  @Test
  void thisProcessRecords() {
    assertTrue(HttpMetrics.isEnabled());
  }
}
