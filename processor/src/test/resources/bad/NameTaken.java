package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A class of its decorator's name exists already, written by hand. */
@Instrumented
@Path("/taken")
public class NameTaken {
  @GET
  public String get() {
    return "taken";
  }
}
