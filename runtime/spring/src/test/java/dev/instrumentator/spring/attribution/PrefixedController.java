package dev.instrumentator.spring.attribution;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Declares {@code /books/{isbn}}; Spring serves it at {@code /api/books/{isbn}}. */
@Instrumented
@RestController
@PrefixedApi
@RequestMapping("/books")
public class PrefixedController {

  @GetMapping("/{isbn}")
  public String get(@PathVariable String isbn) {
    return "book " + isbn;
  }
}
