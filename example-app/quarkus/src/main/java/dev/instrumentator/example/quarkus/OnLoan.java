package dev.instrumentator.example.quarkus;

/** A book on loan cannot be removed. */
public class OnLoan extends RuntimeException {
  public OnLoan(String isbn) {
    super("book " + isbn + " is on loan");
  }
}
