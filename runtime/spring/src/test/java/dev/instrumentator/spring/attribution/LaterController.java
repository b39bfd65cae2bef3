package dev.instrumentator.spring.attribution;

import dev.instrumentator.annotations.Instrumented;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Answers asynchronously, after calling a timed controller on another thread. */
@Instrumented
@RestController
public class LaterController {
  private final ShelfController shelf;

  public LaterController(ShelfController shelf) {
    this.shelf = shelf;
  }

  @GetMapping("/later/{id}")
  public CompletableFuture<String> later(@PathVariable String id) {
    return CompletableFuture.supplyAsync(() -> "later, " + shelf.get(id));
  }
}
