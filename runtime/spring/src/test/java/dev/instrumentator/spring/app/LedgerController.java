package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** An implementation of {@link LedgerApi}, with method security. */
@Instrumented
@RestController
public class LedgerController implements LedgerApi {

  @Override
  @PreAuthorize("hasAnyRole('READER', 'ADMIN')")
  public String balance(String account) {
    return "balance of " + account;
  }

  @Override
  @PreAuthorize("hasRole('ADMIN')")
  public String post(String account, int amount, String memo) {
    return "posted " + amount + " to " + account + ": " + memo;
  }
}
