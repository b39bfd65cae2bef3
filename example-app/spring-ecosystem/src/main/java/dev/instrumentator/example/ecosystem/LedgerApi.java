package dev.instrumentator.example.ecosystem;

import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Mappings on an interface whose parameters carry {@code @P}: Spring Security looks for it on the
 * invoked method, then on the interfaces its class declares.
 */
@RequestMapping("/ledger")
public interface LedgerApi {

  @GetMapping("/{account}")
  String balance(@P("a") @PathVariable("account") String account);
}
