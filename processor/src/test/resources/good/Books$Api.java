package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A top-level class whose name holds a {@code $}, as some generators write them. */
@Instrumented
@Path("/dollar")
public class Books$Api {
  @GET
  public String get() {
    return "dollar";
  }
}
