package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One problem, and nothing else wrong (docs/design.md, fact S5: final methods bypass security). */
@Instrumented
@RestController
public class OnlyFinalHandler {
  @GetMapping("/final-handler")
  public final String get() {
    return "";
  }
}
