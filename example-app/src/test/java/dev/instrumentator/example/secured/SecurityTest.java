package dev.instrumentator.example.secured;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.Principal;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Through the decorator, @RolesAllowed on the class and on a method still answer 403 (DESIGN.md,
 * facts 1 and 2: a decorator that repeated JAX-RS annotations on its overrides, or dropped the
 * class annotations, answered 200 here).
 */
class SecurityTest {
  private static final PrometheusRegistry registry = new PrometheusRegistry();
  private static final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static HttpServer server;
  private static URI base;

  @BeforeAll
  static void start() throws IOException {
    HttpMetrics.setDefault(HttpMetrics.builder().registry(registry).build());
    ResourceConfig application =
        new ResourceConfig()
            .register(SecuredResource_Instrumented.class)
            .register(RolesAllowedDynamicFeature.class)
            .register(RoleHeader.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
    base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    "/secured,        '',      403",
    "/secured,        auditor, 403",
    "/secured,        admin,   200",
    "/secured/audit,  '',      403",
    "/secured/audit,  admin,   403",
    "/secured/audit,  auditor, 200",
    "/secured/open,   '',      200",
  })
  void rolesAreEnforcedThroughTheDecorator(String path, String role, int status) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (!role.isEmpty()) {
      request.header(RoleHeader.NAME, role);
    }

    assertEquals(status, client.send(request.build(), BodyHandlers.ofString()).statusCode());
  }

  @ParameterizedTest(name = "{0} is timed when allowed")
  @CsvSource({"/secured, admin, /secured", "/secured/audit, auditor, /secured/audit"})
  void allowedRequestsAreTimed(String path, String role, String template) throws Exception {
    double before = count(template);
    client.send(
        HttpRequest.newBuilder(base.resolve(path)).header(RoleHeader.NAME, role).build(),
        BodyHandlers.ofString());

    assertEquals(before + 1, count(template));
  }

  private static double count(String template) {
    return Scrape.of(registry)
        .series("http_request_duration_seconds_count")
        .getOrDefault(Map.of("method", "GET", "handler", template, "status", "2xx"), 0.0);
  }

  /** The caller's one role, from a request header: enough security to test authorization. */
  @Priority(Priorities.AUTHENTICATION) // before RolesAllowedDynamicFeature's check
  public static final class RoleHeader implements ContainerRequestFilter {
    static final String NAME = "X-Role";

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
}
