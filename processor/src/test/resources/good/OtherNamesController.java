package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interfaces with {@code @P} that Spring Security never reads for this controller: {@code
 * balance} names its parameters itself, and {@link Overloads} has only other methods named {@code
 * other}. The decorator implements neither again.
 */
@Instrumented
@RestController
public class OtherNamesController implements OwnNamesApi, Overloads {

  @Override
  public String balance(@P("mine") String account) {
    return "balance of " + account;
  }

  @GetMapping("/other/{account}")
  public String other(@PathVariable String account) {
    return "other " + account;
  }
}
