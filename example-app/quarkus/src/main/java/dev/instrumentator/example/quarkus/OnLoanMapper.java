package dev.instrumentator.example.quarkus;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A book on loan: 409, with the reason. */
@Provider
public class OnLoanMapper implements ExceptionMapper<OnLoan> {
  @Override
  public Response toResponse(OnLoan onLoan) {
    return Response.status(Response.Status.CONFLICT).entity(onLoan.getMessage()).build();
  }
}
