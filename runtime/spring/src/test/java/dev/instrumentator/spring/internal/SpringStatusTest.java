package dev.instrumentator.spring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.spring.app.GoneException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** The status a decorator gives a call that threw, as Spring MVC would answer it. */
class SpringStatusTest {

  @Test
  void aResponseStatusExceptionHasItsOwn() {
    assertEquals(404, SpringStatus.of(new ResponseStatusException(HttpStatus.NOT_FOUND)));
  }

  @Test
  void anErrorResponseHasItsOwn() {
    assertEquals(
        409,
        SpringStatus.of(
            new ErrorResponseException(
                HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null)));
  }

  @Test
  void anExceptionWhoseClassSaysItsStatusHasThat() {
    assertEquals(410, SpringStatus.of(new GoneException()));
  }

  @Test
  void aSubclassOfSuchAnExceptionHasItsSuperclasss() {
    assertEquals(410, SpringStatus.of(new GoneException() {}));
  }

  @Test
  void theCodeAttributeCountsLikeValue() {
    assertEquals(429, SpringStatus.of(new Throttled()));
  }

  @Test
  void anyOtherExceptionIs500() {
    assertEquals(500, SpringStatus.of(new IllegalStateException()));
    assertEquals(500, SpringStatus.of(new AssertionError()));
  }

  @ResponseStatus(code = HttpStatus.TOO_MANY_REQUESTS)
  private static final class Throttled extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
