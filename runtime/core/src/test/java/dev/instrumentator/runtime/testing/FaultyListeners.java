package dev.instrumentator.runtime.testing;

import dev.instrumentator.runtime.RequestListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Listeners that misbehave as a careless user's would, beside one that behaves: one throws a
 * {@code RuntimeException}, one an {@code Error} (not a {@code VirtualMachineError}), one hangs
 * until {@link #close}, one takes a second per request; the last hears every request.
 */
public final class FaultyListeners implements AutoCloseable {
  public static final RuntimeException THROWN = new IllegalStateException("a listener's bug");
  public static final Error ERROR = new AssertionError("a listener's assertion");

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);

  /** In this order: throwing, erring, hanging, slow, and the one that hears. */
  public RequestListener[] listeners() {
    return new RequestListener[] {
      request -> {
        throw THROWN;
      },
      request -> {
        throw ERROR;
      },
      request -> {
        try {
          released.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      },
      request -> {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      },
      request -> heard.add(request.method() + " " + request.handler() + " " + request.status())
    };
  }

  /** What the well-behaved listener heard: {@code method handler status}, in order. */
  public List<String> heard() {
    return heard;
  }

  /** Lets the hanging listener go. */
  @Override
  public void close() {
    released.countDown();
  }
}
