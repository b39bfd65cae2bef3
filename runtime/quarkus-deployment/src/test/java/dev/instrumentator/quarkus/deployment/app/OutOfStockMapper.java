package dev.instrumentator.quarkus.deployment.app;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class OutOfStockMapper implements ExceptionMapper<OutOfStock> {
  @Override
  public Response toResponse(OutOfStock exception) {
    return Response.status(409).entity("out of stock").build();
  }
}
