package dev.instrumentator.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.quarkus.deployment.misplaced.Helper;
import dev.instrumentator.quarkus.deployment.misplaced.Reviews;
import dev.instrumentator.quarkus.deployment.misplaced.Shelf;
import io.quarkus.test.QuarkusUnitTest;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An {@code @Instrumented} class the extension cannot time is a build warning that says why; a
 * sub-resource, which it times, is not.
 */
class MisplacedAnnotationTest {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(Shelf.class, Reviews.class, Helper.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.log.level", "WARN")
          // The warnings are read from the log records, not from a console they would crowd.
          .overrideConfigKey("quarkus.log.console.enabled", "false")
          .overrideConfigKey("quarkus.banner.enabled", "false")
          .setLogRecordPredicate(
              record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                  && record.getMessage().startsWith("instrumentator:"))
          .assertLogRecords(
              records ->
                  assertEquals(
                      List.of(
                          "instrumentator: @Instrumented class"
                              + " dev.instrumentator.quarkus.deployment.misplaced.Helper is not a"
                              + " Quarkus REST resource, so nothing of it is timed: annotate the"
                              + " resource class that serves its requests, or remove"
                              + " @Instrumented"),
                      records.stream().map(record -> record.getMessage()).sorted().toList()));

  @Test
  void theBuildWarnsOfEachClassItCannotTime() {
    // The warnings are asserted once the application has stopped (assertLogRecords).
  }
}
