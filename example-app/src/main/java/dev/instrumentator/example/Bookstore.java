package dev.instrumentator.example;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The books, in memory, by ISBN. */
public final class Bookstore {
  private final Map<String, Book> books = new ConcurrentSkipListMap<>();

  /** A store with a few books in it, so that there is something to ask for. */
  public static Bookstore withSampleBooks() {
    Bookstore store = new Bookstore();
    store.add(new Book("978-0134685991", "Effective Java"));
    store.add(new Book("978-0321349606", "Java Concurrency in Practice"));
    store.add(new Book("978-1617294945", "Spring in Action"));
    return store;
  }

  public Collection<Book> all() {
    return books.values();
  }

  public Optional<Book> find(String isbn) {
    return Optional.ofNullable(books.get(isbn));
  }

  /** Adds the book unless one with its ISBN is there already; true if it was added. */
  public boolean add(Book book) {
    return books.putIfAbsent(book.isbn(), book) == null;
  }

  public boolean remove(String isbn) {
    return books.remove(isbn) != null;
  }
}
