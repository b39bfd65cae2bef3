package dev.instrumentator.example;

/** No copy of a book is left; {@link OutOfStockMapper} answers it with 409 Conflict. */
public final class OutOfStockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutOfStockException(Book book) {
    super("out of stock: " + book);
  }
}
