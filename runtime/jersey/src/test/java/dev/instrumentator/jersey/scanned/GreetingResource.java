package dev.instrumentator.jersey.scanned;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource for package scanning to find, next to its decorator. */
@Instrumented
@Path("/greetings")
public class GreetingResource {
  @GET
  @Path("{name}")
  public String greet(@PathParam("name") String name) {
    return "hello " + name + "\n";
  }
}
