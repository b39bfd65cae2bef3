package dev.instrumentator.example.spring;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The bookstore's API. Spring serves it through {@code BookController_Instrumented}, which the
 * processor generates from it and instrumentator-spring puts in its place; the handler label of
 * each request is the template below ({@code /books/{isbn}}), never the path it was called with.
 */
@Instrumented
@RestController
@RequestMapping("/books")
public class BookController {
  private final Bookstore store;

  public BookController(Bookstore store) {
    this.store = store;
  }

  @GetMapping
  public String list() {
    return lines(store.all());
  }

  /** An unknown ISBN is a 404 from the handler itself, so it keeps this route's template. */
  @GetMapping("/{isbn:[0-9-]+}")
  public String get(@PathVariable String isbn) {
    return existing(isbn) + "\n";
  }

  /** For admins; one already there is a 409. */
  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  public ResponseEntity<String> add(@RequestParam String isbn, @RequestParam String title) {
    Book book = new Book(isbn, title);
    if (!store.add(book, 1)) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body("already there: " + book + "\n");
    }
    return ResponseEntity.created(URI.create("/books/" + isbn)).body(book + "\n");
  }

  @DeleteMapping("/{isbn:[0-9-]+}")
  @PreAuthorize("hasRole('ADMIN')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void remove(@PathVariable String isbn) {
    if (!store.remove(isbn)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + isbn);
    }
  }

  /** Takes one copy, for a signed-in customer. No copy left is answered by {@link #outOfStock}. */
  @PostMapping("/{isbn:[0-9-]+}/orders")
  public String order(@PathVariable String isbn) {
    Book book = existing(isbn);
    return "ordered " + book + "; " + store.takeOne(book) + " left\n";
  }

  /**
   * Asks the recommendation service, which takes a while: the answer is a future that completes
   * later, timed by instrumentator until the response is written.
   */
  @GetMapping("/{isbn:[0-9-]+}/similar")
  public CompletableFuture<String> similar(@PathVariable String isbn) {
    return store.similarTo(existing(isbn)).thenApply(BookController::lines);
  }

  /** Fails as a bug or an outage would: Spring answers 500. */
  @GetMapping("/{isbn:[0-9-]+}/cover")
  public byte[] cover(@PathVariable String isbn) {
    throw new UncheckedIOException(new IOException("cover storage is unreachable"));
  }

  /** Not worth a series of its own. */
  @DoNotTrack
  @GetMapping("/count")
  public String count() {
    return store.all().size() + "\n";
  }

  @ExceptionHandler(OutOfStockException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public String outOfStock(OutOfStockException e) {
    return e.getMessage() + "\n";
  }

  private Book existing(String isbn) {
    return store
        .find(isbn)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + isbn));
  }

  private static String lines(Collection<Book> books) {
    return books.stream().map(Book::toString).collect(Collectors.joining("\n", "", "\n"));
  }
}
