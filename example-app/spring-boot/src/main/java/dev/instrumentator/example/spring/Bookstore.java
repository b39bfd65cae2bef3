package dev.instrumentator.example.spring;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The books, in memory, by ISBN, with their stock. Recommendations come from a service that takes
 * {@code bookstore.service-latency} (200 ms) to answer, so they are asynchronous.
 */
@Service
public class Bookstore {
  private final Map<String, Book> books = new ConcurrentSkipListMap<>();
  private final Map<String, Integer> stock = new ConcurrentHashMap<>();
  private final Duration serviceLatency;

  public Bookstore(@Value("${bookstore.service-latency:200ms}") Duration serviceLatency) {
    this.serviceLatency = serviceLatency;
    add(new Book("978-0134685991", "Effective Java"), 3);
    add(new Book("978-0321349606", "Java Concurrency in Practice"), 0);
    add(new Book("978-1617294945", "Spring in Action"), 1);
  }

  public Collection<Book> all() {
    return books.values();
  }

  public Optional<Book> find(String isbn) {
    return Optional.ofNullable(books.get(isbn));
  }

  /** Adds the book unless one with its ISBN is there already; true if it was added. */
  public boolean add(Book book, int copies) {
    if (books.putIfAbsent(book.isbn(), book) != null) {
      return false;
    }
    stock.put(book.isbn(), copies);
    return true;
  }

  public boolean remove(String isbn) {
    stock.remove(isbn);
    return books.remove(isbn) != null;
  }

  /** Takes one copy; the copies left. */
  public int takeOne(Book book) {
    int[] left = new int[1];
    stock.compute(
        book.isbn(),
        (isbn, copies) -> {
          if (copies == null || copies == 0) {
            throw new OutOfStockException(book);
          }
          left[0] = copies - 1;
          return left[0];
        });
    return left[0];
  }

  /** What the recommendation service suggests, once it answers. */
  public CompletableFuture<List<Book>> similarTo(Book book) {
    return CompletableFuture.supplyAsync(
        () -> all().stream().filter(other -> !other.equals(book)).toList(),
        CompletableFuture.delayedExecutor(serviceLatency.toMillis(), TimeUnit.MILLISECONDS));
  }
}
