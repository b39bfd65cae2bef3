package dev.instrumentator.jersey.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The caller's one role, from the {@code X-Role} request header: enough authentication to test
 * authorization. No header, no user.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class RoleHeader implements ContainerRequestFilter {
  public static final String NAME = "X-Role";

  @Override
  public void filter(ContainerRequestContext request) {
    String role = request.getHeaderString(NAME);
    if (role == null) {
      return;
    }
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return () -> role;
          }

          @Override
          public boolean isUserInRole(String wanted) {
            return role.equals(wanted);
          }

          @Override
          public boolean isSecure() {
            return false;
          }

          @Override
          public String getAuthenticationScheme() {
            return "header";
          }
        });
  }
}
