package dev.instrumentator.jersey.security.corpus;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.jersey.security.Authenticated;
import dev.instrumentator.jersey.security.corpus.api.MiddleArchive;
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
