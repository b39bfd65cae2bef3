package dev.instrumentator.jersey.security.corpus.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;

public interface OddApi {
  @GET
  @Path("keys/{key}")
  String byKey(@PathParam("key") String key);

  @GET
  @Path("produced")
  String produced();

  @GET
  @Path("later")
  void later(AsyncResponse response);
}
