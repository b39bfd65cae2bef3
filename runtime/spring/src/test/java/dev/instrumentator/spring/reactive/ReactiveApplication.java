package dev.instrumentator.spring.reactive;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A WebFlux application with an @Instrumented controller, which instrumentator does not time. */
@SpringBootApplication
public class ReactiveApplication {

  @Instrumented
  @RestController
  public static class GreetingController {
    @GetMapping("/greeting")
    public Mono<String> greeting() {
      return Mono.just("hello");
    }
  }
}
