package fixtures;

import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

public interface OwnNamesApi {
  @GetMapping("/own/{account}")
  String balance(@P("theirs") @PathVariable("account") String account);
}
