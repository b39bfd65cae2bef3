package dev.instrumentator.example.webflux;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bookstore's API, reactive. Spring serves it through {@code BookController_Instrumented},
 * which the processor generates from it and instrumentator-spring puts in its place; the handler
 * label of each request is the template below ({@code /books/{isbn}}), and each request is timed
 * until its response is complete, not until a method returns its {@code Mono}.
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
  public Flux<String> list() {
    return store.all().map(book -> book + "\n");
  }

  /** An unknown ISBN is a 404 from the handler itself, so it keeps this route's template. */
  @GetMapping("/{isbn:[0-9-]+}")
  public Mono<String> get(@PathVariable String isbn) {
    return existing(isbn).map(book -> book + "\n");
  }

  /** For admins; one already there is a 409. */
  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  public Mono<ResponseEntity<String>> add(@RequestParam String isbn, @RequestParam String title) {
    Book book = new Book(isbn, title);
    return Mono.fromSupplier(
        () ->
            store.add(book, 1)
                ? ResponseEntity.created(URI.create("/books/" + isbn)).body(book + "\n")
                : ResponseEntity.status(HttpStatus.CONFLICT).body("already there: " + book + "\n"));
  }

  @DeleteMapping("/{isbn:[0-9-]+}")
  @PreAuthorize("hasRole('ADMIN')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public Mono<Void> remove(@PathVariable String isbn) {
    return Mono.defer(
        () ->
            store.remove(isbn)
                ? Mono.empty()
                : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + isbn)));
  }

  /** Takes one copy, for a signed-in customer. No copy left is answered by {@link #outOfStock}. */
  @PostMapping("/{isbn:[0-9-]+}/orders")
  public Mono<String> order(@PathVariable String isbn) {
    return existing(isbn).map(book -> "ordered " + book + "; " + store.takeOne(book) + " left\n");
  }

  /** Asks the recommendation service, which takes a while to answer. */
  @GetMapping("/{isbn:[0-9-]+}/similar")
  public Flux<String> similar(@PathVariable String isbn) {
    return existing(isbn).flatMapMany(store::similarTo).map(book -> book + "\n");
  }

  /** New arrivals, as server-sent events, one every {@code millis}: timed until the last. */
  @GetMapping(value = "/arrivals", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public Flux<ServerSentEvent<String>> arrivals(@RequestParam(defaultValue = "100") long millis) {
    return store
        .all()
        .delayElements(Duration.ofMillis(millis))
        .map(book -> ServerSentEvent.builder(book.toString()).build());
  }

  /** Fails as a bug or an outage would: Spring answers 500. */
  @GetMapping("/{isbn:[0-9-]+}/cover")
  public Mono<byte[]> cover(@PathVariable String isbn) {
    return Mono.error(new UncheckedIOException(new IOException("cover storage is unreachable")));
  }

  /** Not worth a series of its own. */
  @DoNotTrack
  @GetMapping("/count")
  public Mono<String> count() {
    return store.all().count().map(count -> count + "\n");
  }

  @ExceptionHandler(OutOfStockException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public String outOfStock(OutOfStockException e) {
    return e.getMessage() + "\n";
  }

  private Mono<Book> existing(String isbn) {
    return store
        .find(isbn)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + isbn)));
  }
}
