package dev.instrumentator.quarkus.deployment.app;

/** Mapped to 409 by {@link OutOfStockMapper}. */
public class OutOfStock extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutOfStock() {
    super("out of stock");
  }
}
