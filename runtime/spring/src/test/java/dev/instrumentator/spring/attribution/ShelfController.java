package dev.instrumentator.spring.attribution;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A timed controller that others call, and that calls another. */
@Instrumented
@RestController
@RequestMapping("/shelf")
public class ShelfController {
  private final RelatedController related;

  public ShelfController(RelatedController related) {
    this.related = related;
  }

  @GetMapping("/{id}")
  public String get(@PathVariable String id) {
    return "book " + id;
  }

  /** Not timed, though it calls a timed method of its own controller. */
  @DoNotTrack
  @GetMapping("/legacy/{id}")
  public String legacy(@PathVariable String id) {
    return get(id);
  }

  /** Calls a timed handler method of another controller. */
  @GetMapping("/{id}/related")
  public String withRelated(@PathVariable String id) {
    return get(id) + ", related: " + related.find(id);
  }

  /** An exception no handler answers: the container's error dispatch writes the 500. */
  @GetMapping("/{id}/failing")
  public String failing(@PathVariable String id) {
    throw new IllegalStateException("failing " + id);
  }

  /** Spring answers it with {@code sendError}, which the error dispatch writes. */
  @GetMapping("/{id}/missing")
  public String missing(@PathVariable String id) {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + id);
  }
}
