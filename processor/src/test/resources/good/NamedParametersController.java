package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handler methods whose parameters Spring Security names after {@code @P} on interfaces: one the
 * controller implements beside others, two a superclass implements. The decorator implements both
 * again, the controller's own first and in order (all but the sealed one, which it cannot), for
 * its overrides to be named alike.
 */
@Instrumented
@RestController
public non-sealed class NamedParametersController extends NamedParametersBase
    implements Described, LedgerApi, SealedApi {

  @Override
  public String balance(String account) {
    return "balance of " + account;
  }

  @Override
  public String description() {
    return "ledger";
  }
}
