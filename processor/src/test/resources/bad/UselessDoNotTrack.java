package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Instrumented
@Path("/useless")
public class UselessDoNotTrack {
  @GET
  public String get() {
    return "";
  }

  @DoNotTrack
  public String helper() {
    return "";
  }

  @DoNotTrack
  @Path("sub")
  public Object locator() {
    return new Object();
  }
}
