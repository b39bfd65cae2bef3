package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Instrumented
public class NothingToTime {
  public String helper() {
    return "";
  }

  @Path("sub")
  public Object locator() {
    return new Object();
  }
}

@Instrumented
@Path("/untracked")
class EverythingUntracked {
  @DoNotTrack
  @GET
  public String get() {
    return "";
  }
}
