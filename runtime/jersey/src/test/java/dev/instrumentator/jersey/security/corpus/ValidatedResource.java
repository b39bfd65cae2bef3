package dev.instrumentator.jersey.security.corpus;

import dev.instrumentator.annotations.Instrumented;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Bean Validation on what a resource method takes and returns: constraints on parameters, a bean
 * parameter validated in cascade, a constrained return value and one validated in cascade.
 */
@Instrumented
@Path("/validated")
@Produces(MediaType.TEXT_PLAIN)
public class ValidatedResource {
  @GET
  @Path("short")
  @Size(max = 5)
  public String shortValue(@QueryParam("v") @DefaultValue("ok") String v) {
    return v;
  }

  @GET
  @Path("checked")
  @Valid
  public Checked checked(@QueryParam("v") String v) {
    return new Checked(v);
  }

  @POST
  @Path("form")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public String form(@Valid @BeanParam Form form) {
    return "hello " + form.name;
  }

  @POST
  @Path("tags")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public String tags(@FormParam("tag") @NotNull @Size(max = 2) List<@Size(max = 3) String> tags) {
    return "tagged " + tags;
  }

  /** A form whose one field is required. */
  public static class Form {
    @FormParam("name")
    @NotNull
    @Size(min = 1)
    String name;
  }

  /** A value that must be present, validated when returned. */
  public static class Checked {
    @NotNull private final String value;

    public Checked(String value) {
      this.value = value;
    }

    @Override
    public String toString() {
      return "checked " + value;
    }
  }
}
