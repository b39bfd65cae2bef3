package dev.instrumentator.example.webflux;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The books, in memory, by ISBN, with their stock, answered reactively. Recommendations come from
 * a service that takes {@code bookstore.service-latency} (200 ms) to answer.
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

  public Flux<Book> all() {
    return Flux.fromIterable(books.values());
  }

  public Mono<Book> find(String isbn) {
    return Mono.justOrEmpty(books.get(isbn));
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
  public Flux<Book> similarTo(Book book) {
    return all().filter(other -> !other.equals(book)).delaySubscription(serviceLatency);
  }
}
