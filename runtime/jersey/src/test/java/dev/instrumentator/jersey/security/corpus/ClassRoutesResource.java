package dev.instrumentator.jersey.security.corpus;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.jersey.security.Authenticated;
import dev.instrumentator.jersey.security.Redacted;
import dev.instrumentator.jersey.security.corpus.api.Account;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Routes and rules declared on the class itself: the class rule, and each way to change it. */
@Instrumented
@Path("/class")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed("editor")
public class ClassRoutesResource {
  /** The class rule alone: editors. */
  @GET
  public String classRule() {
    return "class rule";
  }

  @GET
  @Path("admin")
  @RolesAllowed("admin")
  public String adminOnly() {
    return "admin only";
  }

  @GET
  @Path("open")
  @PermitAll
  public String open() {
    return "open";
  }

  @GET
  @Path("denied")
  @DenyAll
  public String denied() {
    return "denied";
  }

  @GET
  @Path("bound")
  @Authenticated
  @PermitAll
  public String bound() {
    return "bound";
  }

  @GET
  @Path("search")
  @PermitAll
  public String search(@QueryParam("q") @NotNull @Size(min = 2, max = 5) String q) {
    return "found " + q;
  }

  @GET
  @Path("pages/{n: [0-9]+}")
  @RolesAllowed({"editor", "auditor"})
  public String page(@PathParam("n") int n, @QueryParam("size") @DefaultValue("10") int size) {
    return "page " + n + " of " + size;
  }

  @GET
  @Path("account")
  @PermitAll
  @Redacted
  public Account account() {
    return new Account("ada", "s3cret");
  }

  @POST
  @Path("notes")
  public String addNote(String note) {
    return "noted " + note;
  }

  @DoNotTrack
  @GET
  @Path("untracked")
  @RolesAllowed("admin")
  public String untracked() {
    return "untracked";
  }
}
