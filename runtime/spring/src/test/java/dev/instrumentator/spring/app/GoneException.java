package dev.instrumentator.spring.app;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An exception whose class says its status. */
@ResponseStatus(HttpStatus.GONE)
public class GoneException extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
