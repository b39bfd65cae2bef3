package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller compiled without instrumentator-spring, whose types its decorator names. */
@Instrumented
@RestController
public class WithoutCompanion {
  @GetMapping("/alone")
  public String get() {
    return "alone";
  }
}
