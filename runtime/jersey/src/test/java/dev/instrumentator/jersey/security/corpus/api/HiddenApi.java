package dev.instrumentator.jersey.security.corpus.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

public interface HiddenApi {
  @GET
  @Path("hidden")
  String hidden();
}
