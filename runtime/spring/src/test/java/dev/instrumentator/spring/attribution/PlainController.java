package dev.instrumentator.spring.attribution;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Not instrumented, and calling a timed controller. */
@RestController
public class PlainController {
  private final ShelfController shelf;

  public PlainController(ShelfController shelf) {
    this.shelf = shelf;
  }

  @GetMapping("/plain/{id}")
  public String plain(@PathVariable String id) {
    return "plain, " + shelf.get(id);
  }
}
