package dev.instrumentator.example;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The books, in memory, by ISBN, with their stock. Recommendations and stock come from services
 * that take {@code serviceLatency} to answer, so they are asynchronous.
 */
public final class Bookstore {
  private final Map<String, Book> books = new ConcurrentSkipListMap<>();
  private final Map<String, Integer> stock = new ConcurrentHashMap<>();
  private final Duration serviceLatency;
  private final Duration stockCheckTimeout;

  /**
   * @param serviceLatency how long the recommendation service and the warehouse take to answer
   * @param stockCheckTimeout how long a stock check waits for the warehouse before it gives up
   */
  public Bookstore(Duration serviceLatency, Duration stockCheckTimeout) {
    this.serviceLatency = serviceLatency;
    this.stockCheckTimeout = stockCheckTimeout;
  }

  /** A store with a few books in it, services that answer in 200 ms, and a 1 s stock timeout. */
  public static Bookstore withSampleBooks() {
    return withSampleBooks(Duration.ofMillis(200), Duration.ofSeconds(1));
  }

  public static Bookstore withSampleBooks(Duration serviceLatency, Duration stockCheckTimeout) {
    Bookstore store = new Bookstore(serviceLatency, stockCheckTimeout);
    store.add(new Book("978-0134685991", "Effective Java"), 3);
    store.add(new Book("978-0321349606", "Java Concurrency in Practice"), 0);
    store.add(new Book("978-1617294945", "Spring in Action"), 1);
    return store;
  }

  /** What readers wrote of a book. */
  public List<String> reviewsOf(Book book) {
    return book.title().equals("Effective Java")
        ? List.of("Still the best book on the language.", "Item 17 changed how I write classes.")
        : List.of();
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

  /**
   * Takes one copy of a book that is in the store.
   *
   * @return the copies left
   * @throws OutOfStockException if there is none
   */
  public synchronized int takeOne(Book book) {
    int copies = stock.getOrDefault(book.isbn(), 0);
    if (copies == 0) {
      throw new OutOfStockException(book);
    }
    stock.put(book.isbn(), copies - 1);
    return copies - 1;
  }

  /** The other books, as the recommendation service finds them after its latency. */
  public CompletableFuture<List<Book>> similarTo(Book book) {
    return CompletableFuture.supplyAsync(
        () -> books.values().stream().filter(other -> !other.equals(book)).toList(), later());
  }

  /** The copies of a book, as the warehouse counts them after its latency; empty if unknown. */
  public CompletableFuture<Optional<Integer>> stockOf(String isbn) {
    return CompletableFuture.supplyAsync(() -> Optional.ofNullable(stock.get(isbn)), later());
  }

  public Duration stockCheckTimeout() {
    return stockCheckTimeout;
  }

  private Executor later() {
    return CompletableFuture.delayedExecutor(serviceLatency.toMillis(), TimeUnit.MILLISECONDS);
  }
}
