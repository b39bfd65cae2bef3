package dev.instrumentator.spring.reactive;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reactive method security: roles, and expressions over arguments. */
@Instrumented
@RestController
@RequestMapping("/reports")
public class ReportController {

  @GetMapping("/{id}")
  @PreAuthorize("hasRole('READER')")
  public Mono<String> report(@PathVariable String id) {
    return Mono.just("report " + id);
  }

  @GetMapping("/summary")
  @PreAuthorize("hasRole('ADMIN')")
  public Mono<String> summary() {
    return Mono.just("summary");
  }

  @GetMapping("/owned/{owner}")
  @PreAuthorize("#owner == authentication.name or hasRole('ADMIN')")
  public Mono<String> owned(@PathVariable String owner) {
    return Mono.just("owned by " + owner);
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN') and #title != 'secret'")
  public Mono<String> file(@RequestBody String title) {
    return Mono.just("filed " + title);
  }
}
