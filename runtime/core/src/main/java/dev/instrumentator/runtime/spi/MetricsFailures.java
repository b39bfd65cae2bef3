package dev.instrumentator.runtime.spi;

import dev.instrumentator.runtime.HttpMetrics;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where a failure to record lands, here and in framework companions: a metrics failure must never
 * fail or alter a request, so it is swallowed, and the first one is logged so that it is not lost
 * either.
 */
public final class MetricsFailures {
  private static final System.Logger LOGGER = System.getLogger(HttpMetrics.class.getName());
  private static final AtomicBoolean logged = new AtomicBoolean();

  private MetricsFailures() {}

  /** @param what what could not be recorded, as in "could not record {@code what}" */
  public static void report(String what, Throwable failure) {
    if (logged.compareAndSet(false, true)) {
      LOGGER.log(
          Level.WARNING,
          "instrumentator could not record " + what + "; the request itself was not affected."
              + " Further failures are not logged.",
          failure);
    }
  }
}
