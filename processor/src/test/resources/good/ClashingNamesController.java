package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member types named like the types a Spring decorator names: {@code Route}, {@code HttpStatus},
 * {@code SpringStatus}, {@code SwappedIn}, {@code Generated}.
 */
@Instrumented
@RestController
public class ClashingNamesController implements ClashingNamesApi {
  @GetMapping("/clashing")
  public ResponseEntity<String> get() {
    return ResponseEntity.ok("clashing");
  }

  @PostMapping("/clashing")
  @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
  public String post() {
    return "created";
  }

  public static class Route {}

  public enum HttpStatus { OK }

  public static class SpringStatus {}

  public @interface SwappedIn {}
}

interface ClashingNamesApi {
  /** Inherited through the interface. */
  class Generated {}
}
