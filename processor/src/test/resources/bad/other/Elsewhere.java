package bad.other;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A superclass in another package. */
public abstract class Elsewhere {
  /** Protected, and the decorator is a subclass: it can name it. */
  protected static class Token {}

  /** An inherited route whose parameter type is package-private here. */
  @GET
  @Path("inherited")
  public String inherited(Local local) {
    return "";
  }

  /** Names a protected type of another class of this package, which only this package may. */
  @GET
  @Path("protected")
  public String shielded(Holder.Shielded shielded) {
    return "";
  }
}

class Local {}

class Holder {
  protected static class Shielded {}
}
