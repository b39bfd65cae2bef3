package dev.instrumentator.example.ecosystem;

/** Thrown by a handler, answered 409 by {@link ErrorAdvice}. */
public class OutOfStockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutOfStockException(String title) {
    super(title + " is out of stock");
  }
}
