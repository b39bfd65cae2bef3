package dev.instrumentator.jersey.security.corpus.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A generic route, two interfaces up. */
public interface Readable<T, K> {
  @GET
  @Path("{key}")
  T read(@PathParam("key") K key);
}
