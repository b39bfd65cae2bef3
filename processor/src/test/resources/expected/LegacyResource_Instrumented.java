package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import javax.annotation.processing.Generated;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * Times the resource methods of {@link LegacyResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code LegacyResource}; without the companion, register
 * it with JAX-RS instead of {@code LegacyResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("legacy")
public class LegacyResource_Instrumented extends LegacyResource {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

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
    long start = Route.startTime();
    String result;
    try {
      result = super.get(id);
    } catch (WebApplicationException failure) {
      GET.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      GET.callFinished(start, 500);
      throw failure;
    }
    GET.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * PUT /legacy/{id}
   */
  @Override
  @PUT
  @Path("{id}")
  public Response put(@PathParam("id") long id, String body) {
    long start = Route.startTime();
    Response result;
    try {
      result = super.put(id, body);
    } catch (WebApplicationException failure) {
      PUT.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      PUT.callFinished(start, 500);
      throw failure;
    }
    PUT.callFinished(start, result == null ? 204 : result.getStatus());
    return result;
  }
}
