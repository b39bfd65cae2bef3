package dev.instrumentator.jersey.attribution;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The application's filters and mapper that call a timed resource when a request's {@code X-Call}
 * header asks them to, and the filter that keeps what Jersey matched for each request.
 */
public final class Callers {
  public static final String CALL = "X-Call";
  public static final String PROBE = "X-Probe";
  /** By probe: the templates Jersey matched, joined, and its resource method's class and name. */
  public static final Map<String, String> MATCHED = new ConcurrentHashMap<>();

  private Callers() {}

  private static void callIfAsked(ContainerRequestContext request, String caller) {
    if (caller.equals(request.getHeaderString(CALL))) {
      new ShelfResource_Instrumented().get("from-" + caller);
    }
  }

  /** Before matching; answers {@code /direct} itself. */
  @PreMatching
  public static final class PreMatchingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      callIfAsked(request, "pre-matching-filter");
      if (request.getUriInfo().getPath().equals("direct")) {
        request.abortWith(Response.ok(new ShelfResource_Instrumented().get("direct")).build());
      }
    }
  }

  public static final class RequestFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      callIfAsked(request, "request-filter");
    }
  }

  /** Calls the shelf if asked, and keeps what Jersey matched. */
  public static final class ResponseFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      callIfAsked(request, "response-filter");
      String probe = request.getHeaderString(PROBE);
      if (probe != null) {
        MATCHED.put(probe, matched((ExtendedUriInfo) request.getUriInfo()));
      }
    }
  }

  /**
   * What Jersey matched: its templates, innermost first, and the class and name of the method it
   * dispatched to, with the class that declares it.
   */
  private static String matched(ExtendedUriInfo uri) {
    ResourceMethod method = uri.getMatchedResourceMethod();
    if (method == null) {
      return "no resource method";
    }
    Invocable invocable = method.getInvocable();
    return uri.getMatchedTemplates().stream().map(UriTemplate::getTemplate).toList()
        + " on " + invocable.getHandler().getHandlerClass().getSimpleName()
        + "#" + invocable.getHandlingMethod().getName()
        + " declared by " + invocable.getHandlingMethod().getDeclaringClass().getSimpleName();
  }

  /** Maps {@link IllegalArgumentException} to 400, calling the shelf first. */
  public static final class Mapper implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException exception) {
      new ShelfResource_Instrumented().get("from-a-mapper");
      return Response.status(400).entity(exception.getMessage()).build();
    }
  }
}
