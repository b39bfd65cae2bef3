package dev.instrumentator.runtime.testing;

import java.util.Collection;

/** Waits for what listeners hear on threads of their own. */
public final class Await {
  private Await() {}

  /** Until {@code heard} holds {@code size} elements (at most 10 s); fails the test otherwise. */
  public static void size(Collection<?> heard, int size) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (heard.size() < size) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("heard only " + heard.size() + " of " + size + ": " + heard);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
