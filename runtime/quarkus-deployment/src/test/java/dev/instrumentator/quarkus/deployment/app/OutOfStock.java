package dev.instrumentator.quarkus.deployment.app;

/** Mapped to 409 by {@link OutOfStockMapper}. */
public class OutOfStock extends RuntimeException {
  public OutOfStock() {
    super("out of stock");
  }
}
