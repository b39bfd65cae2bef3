package dev.instrumentator.jersey.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

/** The name-bound filter of {@link Authenticated}: no user, 401. */
@Authenticated
@Priority(Priorities.AUTHENTICATION + 1) // after RoleHeader has set the user
public final class AuthenticatedFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
    }
  }
}
