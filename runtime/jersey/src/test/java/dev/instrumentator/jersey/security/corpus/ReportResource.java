package dev.instrumentator.jersey.security.corpus;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.jersey.security.Authenticated;
import dev.instrumentator.jersey.security.Redacted;
import dev.instrumentator.jersey.security.corpus.api.Account;
import dev.instrumentator.jersey.security.corpus.api.ReportApi;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

/**
 * Security on the implementing methods of interface routes: the shape that answered 200 instead of
 * 403 through a decorator that carried no annotation.
 */
@Instrumented
@Path("/reports")
public class ReportResource implements ReportApi {
  @Override
  @RolesAllowed("admin")
  public String secret() {
    return "secret";
  }

  @Override
  @DenyAll
  public String denied() {
    return "denied";
  }

  @Override
  @Authenticated
  public String bound() {
    return "bound";
  }

  @Override
  @Redacted
  public Account account() {
    return new Account("grace", "hunter2");
  }

  @Override
  public String interfaceRule() {
    return "interface rule";
  }

  @Override
  public String validated(String n) {
    return "valid " + n;
  }
}
