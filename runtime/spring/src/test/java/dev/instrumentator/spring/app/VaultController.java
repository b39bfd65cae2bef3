package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code @Secured} on the class, and on methods where it differs. */
@Instrumented
@RestController
@RequestMapping("/vault")
@Secured("ROLE_ADMIN")
public class VaultController {

  @GetMapping("/{item}")
  public String item(@PathVariable String item) {
    return "item " + item;
  }

  @DeleteMapping("/{item}")
  public String delete(@PathVariable String item) {
    return "deleted " + item;
  }

  @GetMapping("/peek")
  @Secured("ROLE_READER")
  public String peek() {
    return "peek";
  }
}
