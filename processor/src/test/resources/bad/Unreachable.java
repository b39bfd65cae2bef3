package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Every problem of one class is reported in one compilation. */
@Instrumented
@Path("/unreachable")
public final class Unreachable extends FinalBase {
  private Unreachable() {}

  @GET
  @Path("private")
  private String hidden() {
    return "";
  }

  @GET
  @Path("protected")
  protected String guarded() {
    return "";
  }

  @GET
  @Path("package")
  String local() {
    return "";
  }

  @GET
  @Path("final")
  public final String sealed() {
    return "";
  }

  @GET
  @Path("static")
  public static String shared() {
    return "";
  }

  @DoNotTrack
  @GET
  @Path("final-but-untracked")
  public final String untracked() {
    return "";
  }
}

class FinalBase {
  @GET
  @Path("inherited")
  public final String inherited() {
    return "";
  }
}
