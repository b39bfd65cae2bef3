package dev.instrumentator.spring.reactive;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/** Open to anyone: what a request costs, and what its labels are, without a user. */
@Instrumented
@RestController
@RequestMapping("/open")
public class OpenController {

  @GetMapping("/greeting/{name}")
  public Mono<String> greeting(@PathVariable String name) {
    return Mono.just("hello " + name);
  }

  /**
   * The keys of the Reactor context the handler's answer is subscribed in: what an application
   * that reads its context sees, which instrumentation must not change.
   */
  @GetMapping("/context")
  public Mono<String> context() {
    return Mono.deferContextual(
        context ->
            Mono.just(
                context.stream()
                    .map(entry -> String.valueOf(entry.getKey()))
                    .sorted()
                    .collect(Collectors.joining("\n"))));
  }
}
