package dev.instrumentator.example.webflux;

/** No copy of a book is left; {@link BookController} answers it with 409 Conflict. */
public class OutOfStockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutOfStockException(Book book) {
    super("out of stock: " + book);
  }
}
