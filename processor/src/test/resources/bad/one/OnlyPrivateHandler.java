package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One problem, and nothing else wrong: Spring calls a private handler method, no subclass can. */
@Instrumented
@RestController
public class OnlyPrivateHandler {
  @GetMapping("/private-handler")
  private String get() {
    return "";
  }
}
