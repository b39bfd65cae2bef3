package dev.instrumentator.benchmarks.spring;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The least Spring Boot application with actuator: one @Instrumented controller, so that what a
 * request costs beyond Spring MVC is the metrics' share.
 */
@SpringBootApplication
public class BenchmarkApplication {

  @Instrumented
  @RestController
  public static class BookController {
    @GetMapping("/books/{isbn}")
    public String get(@PathVariable String isbn) {
      return "book " + isbn;
    }
  }
}
