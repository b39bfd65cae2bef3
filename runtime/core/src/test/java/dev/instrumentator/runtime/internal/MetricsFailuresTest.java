package dev.instrumentator.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.LogCapture;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of failure is logged the first time it happens: a later, different one is not lost
 * behind the first, and a repeated one does not flood the log, nor do endless kinds.
 */
class MetricsFailuresTest {
  private final LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics");

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  @Test
  void eachKindOfFailureIsLoggedOnce() {
    MetricsFailures failures = new MetricsFailures();
    IllegalStateException first = new IllegalStateException("first");
    NoClassDefFoundError later = new NoClassDefFoundError("later");

    failures.report("GET /books", first);
    failures.report("GET /books", new IllegalStateException("again"));
    failures.report("an untemplated request", new IllegalStateException("elsewhere"));
    failures.report("an untemplated request", later);

    List<LogRecord> records = log.records();
    assertEquals(2, records.size(), records.toString());
    assertSame(first, records.get(0).getThrown());
    assertSame(later, records.get(1).getThrown());
    assertEquals(
        "instrumentator could not record an untemplated request; the request itself was not"
            + " affected. Further failures of this kind are not logged.",
        records.get(1).getMessage());
  }

  /** Failures of ever new classes (a library's own, say) are not logged without end. */
  @Test
  void pastTheMostKindsNothingMoreIsLogged() {
    MetricsFailures failures = new MetricsFailures();
    List<RuntimeException> kinds =
        List.of(
            new IllegalStateException(), new IllegalArgumentException(),
            new UnsupportedOperationException(), new ArithmeticException(),
            new ArrayIndexOutOfBoundsException(), new ClassCastException(),
            new NullPointerException(), new NegativeArraySizeException(),
            new SecurityException(), new IndexOutOfBoundsException(),
            new StringIndexOutOfBoundsException(), new java.util.ConcurrentModificationException(),
            new java.util.NoSuchElementException(), new ArrayStoreException(),
            new java.util.EmptyStackException(), new IllegalMonitorStateException(),
            new NumberFormatException(), new java.util.InputMismatchException(),
            new java.time.DateTimeException("time"));
    assertTrue(kinds.size() > MetricsFailures.MOST_KINDS);
    for (RuntimeException kind : kinds) {
      failures.report("GET /books", kind);
    }

    List<LogRecord> records = log.records();
    assertEquals(MetricsFailures.MOST_KINDS, records.size());
    assertTrue(
        records.get(records.size() - 1).getMessage().endsWith("No further failure of these metrics is logged."),
        records.get(records.size() - 1).getMessage());
  }
}
