package dev.instrumentator.spring.attribution;

import dev.instrumentator.annotations.Instrumented;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's own error controller, timed too, in place of Spring Boot's. Spring Boot 4 moved
 * {@code ErrorController} to another package: this file is Spring Boot 4's, its twin in
 * src/test/boot3 Spring Boot 3's.
 */
@Instrumented
@RestController
public class FailureController implements ErrorController {

  @RequestMapping("/error")
  public ResponseEntity<String> error(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer value ? value : 500;
    return ResponseEntity.status(code).body("error " + code);
  }
}
