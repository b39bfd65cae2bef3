package dev.instrumentator.example;

/** A book in the store, written as one line of text: {@code <isbn> <title>}. */
public record Book(String isbn, String title) {
  @Override
  public String toString() {
    return isbn + " " + title;
  }
}
