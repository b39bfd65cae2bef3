package dev.instrumentator.jersey.security.corpus.api;

import jakarta.annotation.security.RolesAllowed;

/** Binds the type parameter, and adds a rule to the generic route. */
public abstract class MiddleArchive extends BaseArchive<String> {
  @Override
  @RolesAllowed("admin")
  public String read(String key) {
    return "read " + key;
  }
}
