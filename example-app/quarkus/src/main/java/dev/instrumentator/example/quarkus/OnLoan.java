package dev.instrumentator.example.quarkus;

/** A book on loan cannot be removed. */
public class OnLoan extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OnLoan(String isbn) {
    super("book " + isbn + " is on loan");
  }
}
