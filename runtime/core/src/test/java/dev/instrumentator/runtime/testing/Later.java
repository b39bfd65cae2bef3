package dev.instrumentator.runtime.testing;

import java.util.concurrent.Executor;

/**
 * Runs work that blocks (a stream held open, a request waiting at a gate) on a thread of its own.
 * Not on the common pool: on JDK 25 {@code CompletableFuture.runAsync} uses it even on a machine
 * with two cores, where it has a single worker, so one held stream kept every later one from
 * starting and hung the build.
 */
public final class Later {
  /** A new daemon thread per task. */
  public static final Executor OWN_THREAD =
      task -> {
        Thread thread = new Thread(task, "test-later");
        thread.setDaemon(true);
        thread.start();
      };

  private Later() {}
}
