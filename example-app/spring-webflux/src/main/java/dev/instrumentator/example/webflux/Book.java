package dev.instrumentator.example.webflux;

/** A book, by its ISBN. */
public record Book(String isbn, String title) {
  @Override
  public String toString() {
    return isbn + " " + title;
  }
}
