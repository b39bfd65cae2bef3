package dev.instrumentator.spring.app;

/** Answered 409 by the {@code @ExceptionHandler}s of the controllers that throw it. */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
