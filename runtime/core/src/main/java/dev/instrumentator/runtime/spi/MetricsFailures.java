package dev.instrumentator.runtime.spi;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where failures to record land, for one {@code HttpMetrics} or one framework companion: a metrics
 * failure must never fail or alter a request, so it is swallowed, and the first one is logged, once,
 * so that it is not lost either.
 */
public final class MetricsFailures {
  /** Failures that happen before any metrics exist to report them. */
  public static final MetricsFailures UNCONFIGURED = new MetricsFailures();

  private static final System.Logger LOGGER =
      System.getLogger("dev.instrumentator.runtime.HttpMetrics");

  private final AtomicBoolean logged = new AtomicBoolean();

  /** @param what what could not be recorded, as in "could not record {@code what}" */
  public void report(String what, Throwable failure) {
    if (logged.compareAndSet(false, true)) {
      LOGGER.log(
          Level.WARNING,
          "instrumentator could not record " + what + "; the request itself was not affected."
              + " Further failures of these metrics are not logged.",
          failure);
    }
  }
}
