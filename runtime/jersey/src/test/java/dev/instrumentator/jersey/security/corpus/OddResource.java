package dev.instrumentator.jersey.security.corpus;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.jersey.security.corpus.api.HiddenApi;
import dev.instrumentator.jersey.security.corpus.api.OddApi;
import dev.instrumentator.jersey.security.corpus.api.PlainBase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;

/**
 * Where JAX-RS's inheritance rules surprise: Jersey looks for a route from the class that declares
 * a method, so {@code hidden()}, inherited from a class and routed only by an interface of this
 * one, is no route; an override carrying a JAX-RS parameter annotation or {@code @Produces} inherits
 * nothing, so it is no route either; {@code @Suspended} is not such an annotation, so {@code later}
 * still inherits its route.
 */
@Instrumented
@Path("/odd")
public class OddResource extends PlainBase implements HiddenApi, OddApi {
  @GET
  @Path("visible")
  @RolesAllowed("editor")
  public String visible() {
    return "visible";
  }

  @Override
  public String byKey(@PathParam("key") String key) {
    return "by key " + key;
  }

  @Override
  @Produces("text/plain")
  public String produced() {
    return "produced";
  }

  @Override
  @RolesAllowed("admin")
  public void later(@Suspended AsyncResponse response) {
    response.resume("later");
  }
}
