package dev.instrumentator.jersey.security.corpus;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.jersey.security.corpus.api.AbstractLedger;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

/** Overrides of a superclass's routes that add a rule, and one route inherited unchanged. */
@Instrumented
@Path("/ledger")
public class LedgerResource extends AbstractLedger {
  @Override
  @RolesAllowed("admin")
  public String entries() {
    return "entries";
  }

  @Override
  @DenyAll
  public String closing() {
    return "closed";
  }
}
