package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No @Path anywhere: served only through a locator, if one returns its decorator. */
@Instrumented
public class NoPath {
  @GET
  @Path("{id}")
  public String get() {
    return "";
  }

  /** A sub-resource on purpose, and said so. */
  @Instrumented
  @SuppressWarnings("instrumentator.unreachable")
  public static class KnownSubResource {
    @GET
    public String get() {
      return "";
    }
  }
}
