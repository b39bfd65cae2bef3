package dev.instrumentator.runtime.internal;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where failures to record land, for one {@code HttpMetrics} or one framework companion: a metrics
 * failure must never fail or alter a request, so it is swallowed, and each kind of failure (its
 * class) is logged the first time it happens, so that a later, different one is not lost behind
 * the first and none floods the log. Past {@value #MOST_KINDS} kinds, nothing more is logged. An
 * {@code Error} is a failure of the metrics like any other (a broken library's {@code
 * AssertionError}, the {@code NoClassDefFoundError} of a module left out), except a {@link
 * VirtualMachineError} (out of memory, stack overflow), which is the whole JVM's and is thrown on.
 */
public final class MetricsFailures {
  /** Failures that happen before any metrics exist to report them. */
  public static final MetricsFailures UNCONFIGURED = new MetricsFailures();

  /** The most kinds of failure logged: a bound on the log, and on what this remembers. */
  static final int MOST_KINDS = 16;

  private static final System.Logger LOGGER =
      System.getLogger("dev.instrumentator.runtime.HttpMetrics");

  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  /**
   * @param what what could not be recorded, as in "could not record {@code what}"
   * @throws VirtualMachineError {@code failure}, if it is one
   */
  public void report(String what, Throwable failure) {
    if (failure instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    if (logged.size() < MOST_KINDS && logged.add(failure.getClass().getName())) {
      LOGGER.log(
          Level.WARNING,
          "instrumentator could not record " + what + "; the request itself was not affected."
              + (logged.size() < MOST_KINDS
                  ? " Further failures of this kind are not logged."
                  : " No further failure of these metrics is logged."),
          failure);
    }
  }
}
