package dev.instrumentator.spring.reactive;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every shape of answer a reactive handler method gives, and every way it fails. */
@Instrumented
@RestController
@RequestMapping("/shelf")
public class ShelfController {

  /** An exception this controller answers 409 itself. */
  public static class ConflictException extends RuntimeException {
    public ConflictException() {
      super("taken");
    }
  }

  @GetMapping("/{id}")
  public Mono<String> book(@PathVariable String id) {
    return Mono.just("book " + id);
  }

  @GetMapping("/isbn/{isbn:[0-9-]+}")
  public String byIsbn(@PathVariable String isbn) {
    return "isbn " + isbn;
  }

  @GetMapping
  public Flux<String> all() {
    return Flux.just("a\n", "b\n", "c\n");
  }

  @GetMapping("/entity/{id}")
  public ResponseEntity<Mono<String>> entity(@PathVariable String id) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Mono.just("accepted " + id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Mono<String> add(@RequestBody Mono<String> title) {
    return title.map(added -> "added " + added);
  }

  @GetMapping("/missing")
  public Mono<String> missing() {
    return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such book"));
  }

  @GetMapping("/broken")
  public Mono<String> broken() {
    return Mono.error(new IllegalStateException("a bug"));
  }

  @GetMapping("/thrown")
  public Mono<String> thrown() {
    throw new IllegalArgumentException("a bug, thrown before any Mono");
  }

  @GetMapping("/conflict")
  public Mono<String> conflict() {
    return Mono.error(new ConflictException());
  }

  @ExceptionHandler(ConflictException.class)
  public ResponseEntity<String> conflicted(ConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
  }

  /** Answers after {@code millis}. */
  @GetMapping("/slow")
  public Mono<String> slow(@RequestParam long millis) {
    return Mono.delay(Duration.ofMillis(millis)).thenReturn("slow\n");
  }

  /**
   * Ten parts, {@code millis} apart. Delayed elements, not {@code Flux.interval}, whose ticks
   * overflow a writer slower than they are (a loaded machine).
   */
  @GetMapping("/stream")
  public Flux<String> stream(@RequestParam long millis) {
    return Flux.range(0, 10).delayElements(Duration.ofMillis(millis)).map(i -> "part\n");
  }

  /** {@code count} server-sent events, {@code millis} apart. */
  @GetMapping(value = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public Flux<ServerSentEvent<String>> events(
      @RequestParam long millis, @RequestParam(defaultValue = "5") int count) {
    return Flux.range(0, count)
        .delayElements(Duration.ofMillis(millis))
        .map(i -> ServerSentEvent.builder("event " + i).build());
  }

  @DoNotTrack
  @GetMapping("/untracked")
  public Mono<String> untracked() {
    return Mono.just("untracked");
  }
}
