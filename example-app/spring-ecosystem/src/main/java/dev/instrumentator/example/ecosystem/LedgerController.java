package dev.instrumentator.example.ecosystem;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** An implementation of {@link LedgerApi}: a user sees the balance of their own account. */
@Instrumented
@RestController
public class LedgerController implements LedgerApi {

  @Override
  @PreAuthorize("#a == authentication.name or hasRole('ADMIN')")
  public String balance(String account) {
    return "balance of " + account;
  }
}
