package dev.instrumentator.spring.otel;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exceptions that Spring MVC resolves to a 503: by its own resolver, and by an {@code
 * @ExceptionHandler}. Outside the test application's package, for the tests that add it alone.
 */
@Instrumented
@RestController
public class UnavailableController {

  /** Answered 503 by {@link #unavailable(OverloadedException)}. */
  public static class OverloadedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @GetMapping("/status/otel/unavailable")
  public String unavailable() {
    throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "later");
  }

  @GetMapping("/status/otel/overloaded")
  public String overloaded() {
    throw new OverloadedException();
  }

  @ExceptionHandler(OverloadedException.class)
  @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
  public String unavailable(OverloadedException exception) {
    return "overloaded";
  }
}
