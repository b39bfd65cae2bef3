package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link InterfaceResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code InterfaceResource}; without the companion, register
 * it with JAX-RS instead of {@code InterfaceResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/api")
public class InterfaceResource_Instrumented extends InterfaceResource {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route GET = Route.of("GET", "/api/items/{id}");

  private static final Route CREATE = Route.of("GET", "/api/own");

  private static final Route RENAME = Route.of("PATCH", "/api/renamed/{id}");

  private static final Route PROPERTIES = Route.of("PROPFIND", "/api/{id}");

  private static final Route BASE = Route.of("GET", "/api/base");

  private static final Route VERSION = Route.of("GET", "/api/version");

  public InterfaceResource_Instrumented() {
    super();
  }

  /**
   * GET /api/items/{id}
   */
  @Override
  public String get(String id) {
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
   * GET /api/own
   */
  @Override
  @GET
  @Path("own")
  public Response create(String body) {
    long start = Route.startTime();
    Response result;
    try {
      result = super.create(body);
    } catch (WebApplicationException failure) {
      CREATE.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      CREATE.callFinished(start, 500);
      throw failure;
    }
    CREATE.callFinished(start, result == null ? 204 : result.getStatus());
    return result;
  }

  /**
   * PATCH /api/renamed/{id}
   */
  @Override
  public String rename(String id, String name) {
    long start = Route.startTime();
    String result;
    try {
      result = super.rename(id, name);
    } catch (WebApplicationException failure) {
      RENAME.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      RENAME.callFinished(start, 500);
      throw failure;
    }
    RENAME.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * PROPFIND /api/{id}
   */
  @Override
  @InterfaceResource.PROPFIND
  @Path("{id}")
  public String properties(@PathParam("id") String id) {
    long start = Route.startTime();
    String result;
    try {
      result = super.properties(id);
    } catch (WebApplicationException failure) {
      PROPERTIES.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      PROPERTIES.callFinished(start, 500);
      throw failure;
    }
    PROPERTIES.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /api/base
   */
  @Override
  @GET
  @Path("base")
  public String base() {
    long start = Route.startTime();
    String result;
    try {
      result = super.base();
    } catch (WebApplicationException failure) {
      BASE.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      BASE.callFinished(start, 500);
      throw failure;
    }
    BASE.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /api/version
   */
  @Override
  @GET
  @Path("version")
  public String version() {
    long start = Route.startTime();
    String result;
    try {
      result = super.version();
    } catch (WebApplicationException failure) {
      VERSION.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      VERSION.callFinished(start, 500);
      throw failure;
    }
    VERSION.callFinished(start, result == null ? 204 : 200);
    return result;
  }
}
