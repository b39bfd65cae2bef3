package dev.instrumentator.security;

import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Class-level and method-level @RolesAllowed, which the decorator must keep in force. */
@Instrumented
@Path("/secured")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed("admin")
public class SecuredResource {
  /** Only the class-level rule applies: admins. */
  @GET
  public String forAdmins() {
    return "admin area\n";
  }

  /** The method-level rule replaces the class-level one: auditors only. */
  @GET
  @Path("audit")
  @RolesAllowed("auditor")
  public String forAuditors() {
    return "audit log\n";
  }

  @GET
  @Path("open")
  @PermitAll
  public String forEveryone() {
    return "open\n";
  }
}
