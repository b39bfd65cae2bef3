package dev.instrumentator.spring.reactive;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Guarded by a URL rule alone: {@code /admin/**} needs ADMIN. */
@Instrumented
@RestController
@RequestMapping("/admin")
public class AdminController {

  @GetMapping("/stats")
  public Mono<String> stats() {
    return Mono.just("stats");
  }

  @PutMapping("/settings/{key}")
  public Mono<String> setting(@PathVariable String key, @RequestBody Mono<String> value) {
    return value.map(set -> key + "=" + set);
  }
}
