package fixtures;

import dev.instrumentator.runtime.Route;
import javax.annotation.processing.Generated;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * Times the resource methods of {@link LegacyResource} into the request-duration histogram.
 * Register this class with JAX-RS in place of {@code LegacyResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("legacy")
public class LegacyResource_Instrumented extends LegacyResource {
  private static final Route GET = Route.of("GET", "/legacy/{id}");

  private static final Route PUT = Route.of("PUT", "/legacy/{id}");

  public LegacyResource_Instrumented() {
    super();
  }

  /**
   * GET /legacy/{id}
   */
  @Override
  @GET
  @Path("{id : \\d+}")
  public String get(@PathParam("id") long id) {
    long start = System.nanoTime();
    String result;
    try {
      result = super.get(id);
    } catch (WebApplicationException failure) {
      GET.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      GET.record(start, 500);
      throw failure;
    }
    GET.record(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * PUT /legacy/{id}
   */
  @Override
  @PUT
  @Path("{id}")
  public Response put(@PathParam("id") long id, String body) {
    long start = System.nanoTime();
    Response result;
    try {
      result = super.put(id, body);
    } catch (WebApplicationException failure) {
      PUT.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      PUT.record(start, 500);
      throw failure;
    }
    PUT.record(start, result == null ? 204 : result.getStatus());
    return result;
  }
}
