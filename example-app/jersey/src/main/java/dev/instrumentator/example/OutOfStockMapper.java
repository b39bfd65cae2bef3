package dev.instrumentator.example;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns {@link OutOfStockException} into 409 Conflict. The decorator sees an exception, which
 * would be a 500; the JAX-RS companion records the 409 that the client gets.
 */
@Provider
public final class OutOfStockMapper implements ExceptionMapper<OutOfStockException> {
  @Override
  public Response toResponse(OutOfStockException exception) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.TEXT_PLAIN)
        .entity(exception.getMessage() + "\n")
        .build();
  }
}
