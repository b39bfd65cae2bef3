package fixtures;

import dev.instrumentator.annotations.Instrumented;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The usual Spring controller with Lombok: its constructor is Lombok's. */
@Instrumented
@RestController
@RequiredArgsConstructor
public class LombokController {
  private final StringBuilder shelf;

  @GetMapping("/lombok")
  public String get() {
    return shelf.toString();
  }
}
