package dev.instrumentator.jersey.security.corpus.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Routes declared on an interface, as API-first projects generate them. */
@Path("/reports")
public interface ReportApi {
  @GET
  String secret();

  @GET
  @Path("denied")
  String denied();

  @GET
  @Path("bound")
  String bound();

  @GET
  @Path("account")
  Account account();

  /** A rule on the interface's method, which the implementation inherits. */
  @GET
  @Path("interface-rule")
  @RolesAllowed("auditor")
  String interfaceRule();

  /** Constraints on the interface, the one place Bean Validation allows them. */
  @GET
  @Path("validated")
  String validated(@QueryParam("n") @NotNull @Size(max = 3) String n);
}
