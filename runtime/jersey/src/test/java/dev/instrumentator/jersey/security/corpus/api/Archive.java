package dev.instrumentator.jersey.security.corpus.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An interface extending a generic one, with a route of its own. */
public interface Archive<T> extends Readable<T, String> {
  @GET
  @Path("all")
  String all();
}
