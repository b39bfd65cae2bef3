package fixtures;

import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

public interface LedgerApi {
  @GetMapping("/ledger/{account}")
  String balance(@P("a") @PathVariable("account") String account);
}
