package dev.instrumentator.security.corpus;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.security.Authenticated;
import dev.instrumentator.security.corpus.api.MiddleArchive;
import jakarta.ws.rs.Path;

/**
 * Four levels deep: routes from two generic interfaces, rules from two abstract classes, a name
 * binding on the class; {@code read} is inherited, {@code all} overridden without annotations.
 */
@Instrumented
@Path("/archive")
@Authenticated
public class ArchiveResource extends MiddleArchive {
  @Override
  public String all() {
    return "everything";
  }
}
