package dev.instrumentator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.jaxrs.InstrumentatorFeature;
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
 * Through the decorator, @RolesAllowed on the class and on a method still answer 403 (a decorator
 * that repeated JAX-RS annotations on its overrides, or dropped the class annotations, answered
 * 200 here), and refused requests are counted under their route.
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
            .register(InstrumentatorFeature.class)
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

  /**
   * With the companion, a request refused before its method ran counts too, under the route's
   * template: the decorator never saw it, so the companion takes the template Jersey matched.
   */
  @ParameterizedTest(name = "{0} as {1} counts under {2} with {3}")
  @CsvSource({
    "/secured,       admin,   /secured,       2xx",
    "/secured,       auditor, /secured,       4xx",
    "/secured/audit, auditor, /secured/audit, 2xx",
    "/secured/audit, '',      /secured/audit, 4xx",
  })
  void allowedAndRefusedRequestsCountUnderTheRoute(
      String path, String role, String template, String status) throws Exception {
    double before = count(template, status);
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (!role.isEmpty()) {
      request.header(RoleHeader.NAME, role);
    }
    client.send(request.build(), BodyHandlers.ofString());

    // Recorded once the response is complete, which can be a moment after the client read it.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (count(template, status) < before + 1 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(before + 1, count(template, status));
  }

  private static double count(String template, String status) {
    return Scrape.of(registry)
        .series("http_request_duration_seconds_count")
        .getOrDefault(Map.of("method", "GET", "handler", template, "status", status), 0.0);
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
