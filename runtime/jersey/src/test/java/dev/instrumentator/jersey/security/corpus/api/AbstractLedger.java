package dev.instrumentator.jersey.security.corpus.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Routes declared on an abstract superclass. */
@Produces(MediaType.TEXT_PLAIN)
public abstract class AbstractLedger {
  @GET
  @Path("entries")
  public abstract String entries();

  /** Inherited as it is: its rule comes along. */
  @GET
  @Path("balance")
  @RolesAllowed("auditor")
  public String balance() {
    return "balance";
  }

  @GET
  @Path("closing")
  public String closing() {
    return "closing";
  }
}
