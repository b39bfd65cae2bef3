package dev.instrumentator.jersey.security.corpus.api;

import jakarta.annotation.security.RolesAllowed;

/**
 * A generic abstract class implementing the interfaces. Its rule on {@code all()} is one JAX-RS
 * skips when a subclass overrides the method again without JAX-RS annotations: the decorator
 * must skip it alike.
 */
public abstract class BaseArchive<T> implements Archive<T> {
  @Override
  @RolesAllowed("auditor")
  public String all() {
    return "all";
  }
}
