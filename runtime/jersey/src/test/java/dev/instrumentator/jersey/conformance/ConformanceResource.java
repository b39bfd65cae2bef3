package dev.instrumentator.jersey.conformance;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.concurrent.CompletableFuture;

/**
 * Every outcome a JAX-RS resource has, for the conformance corpus: templates plain and with a
 * regular expression, a 404 its handler answers, refusals before it, exceptions mapped to a 4xx and
 * a 5xx and one unmapped, a 503 it answers, a method of its own (QUERY), an asynchronous answer.
 */
@Instrumented
@Path("/conformance")
public class ConformanceResource {

  @GET
  @Path("items/{id}")
  public String item(@PathParam("id") String id) {
    return "item " + id;
  }

  @GET
  @Path("items/{id: [0-9]+}/parts")
  public String parts(@PathParam("id") String id) {
    return "parts of " + id;
  }

  @GET
  @Path("missing/{id}")
  public String missing(@PathParam("id") String id) {
    throw new NotFoundException("no " + id);
  }

  @GET
  @Path("secret")
  public String secret() {
    return "secret";
  }

  @GET
  @Path("conflict")
  public String conflict() {
    throw new IllegalArgumentException("conflict");
  }

  @GET
  @Path("unavailable")
  public String unavailable() {
    throw new UnavailableException();
  }

  @GET
  @Path("answer/{code}")
  public Response answer(@PathParam("code") int code) {
    return Response.status(code).entity("answer " + code).build();
  }

  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("boom");
  }

  @QUERY
  @Path("search")
  public String search() {
    return "found";
  }

  @GET
  @Path("async")
  public void async(@Suspended AsyncResponse response) {
    CompletableFuture.runAsync(() -> response.resume("later"));
  }

  /** Refuses {@code secret} before its handler: 401 with no user, 403 for a guest. */
  public static final class Guard implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (!request.getUriInfo().getPath().endsWith("secret")) {
        return;
      }
      String user = request.getHeaderString("X-User");
      if (user == null) {
        request.abortWith(Response.status(401).build());
      } else if (user.equals("guest")) {
        request.abortWith(Response.status(403).build());
      }
    }
  }

  /** Maps {@link IllegalArgumentException} to 409 and {@link UnavailableException} to 503. */
  public static final class ConflictMapper implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException exception) {
      return Response.status(409).entity("conflict").build();
    }
  }

  public static final class UnavailableMapper implements ExceptionMapper<UnavailableException> {
    @Override
    public Response toResponse(UnavailableException exception) {
      return Response.status(503).entity("unavailable").build();
    }
  }
}
