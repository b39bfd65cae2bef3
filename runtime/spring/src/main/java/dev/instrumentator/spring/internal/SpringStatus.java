package dev.instrumentator.spring.internal;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The status Spring MVC answers a handler method's exception with, unless an
 * {@code @ExceptionHandler} decides otherwise: an {@link ErrorResponse}'s own ({@code
 * ResponseStatusException} among them), that of {@link ResponseStatus @ResponseStatus} on the
 * exception's class, else 500. Generated decorators of Spring controllers call it; applications do
 * not.
 *
 * <p>Where the companion times the request, it records the status the client received instead;
 * this is the decorator's own guess, for a call that no companion times.
 */
public final class SpringStatus {
  private static final int INTERNAL_SERVER_ERROR = 500;

  private SpringStatus() {}

  /** The status of a call that threw {@code failure}. */
  public static int of(Throwable failure) {
    if (failure instanceof ErrorResponse response) {
      return response.getStatusCode().value();
    }
    ResponseStatus declared =
        AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
    if (declared != null) {
      return declared.code().value();
    }
    return INTERNAL_SERVER_ERROR;
  }
}
