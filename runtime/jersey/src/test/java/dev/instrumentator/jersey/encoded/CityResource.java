package dev.instrumentator.jersey.encoded;

import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Routes whose templates hold characters a URI must encode. */
@Instrumented
@Path("/städte")
public class CityResource {
  @GET
  @Path("{name}/sehenswürdigkeiten")
  public String sights(@PathParam("name") String name) {
    return "sights of " + name + "\n";
  }

  @GET
  @Path("geschlossen und verriegelt")
  @DenyAll
  public String closed() {
    return "closed\n";
  }
}
