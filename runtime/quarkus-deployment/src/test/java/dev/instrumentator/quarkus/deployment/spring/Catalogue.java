package dev.instrumentator.quarkus.deployment.spring;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Spring controller that Quarkus REST serves (quarkus-spring-web). */
@Instrumented
@RestController
@RequestMapping("/catalogue")
public class Catalogue {
  @GetMapping("/{isbn}")
  public String get(@PathVariable("isbn") String isbn) {
    return "book " + isbn;
  }

  @GetMapping("/health")
  @DoNotTrack
  public String health() {
    return "ok";
  }
}
