package dev.instrumentator.example.springjersey;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A Spring MVC controller, served by the DispatcherServlet. */
@Instrumented
@RestController
public class ShelfController {

  @GetMapping("/shelves/{id}")
  public String get(@PathVariable String id) {
    return "shelf " + id;
  }
}
