package dev.instrumentator.example.ecosystem;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers the application's exceptions: out of stock is a 409; a failed method validation a 400
 * whose body holds the messages of messages.properties and whose {@code X-Validation-Codes}
 * header the message codes they were looked up by.
 */
@RestControllerAdvice
public class ErrorAdvice {
  private final MessageSource messages;

  public ErrorAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ResponseEntity<String> outOfStock(OutOfStockException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
  }

  @ExceptionHandler
  ResponseEntity<String> invalid(HandlerMethodValidationException e, Locale locale) {
    return ResponseEntity.badRequest()
        .header(
            "X-Validation-Codes",
            e.getAllErrors().stream()
                .map(error -> String.join(",", error.getCodes()))
                .collect(Collectors.joining("; ")))
        .body(
            e.getAllErrors().stream()
                .map(error -> messages.getMessage((MessageSourceResolvable) error, locale))
                .collect(Collectors.joining("\n")));
  }
}
