package fixtures;

import dev.instrumentator.runtime.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link InterfaceResource} into the request-duration histogram.
 * Register this class with JAX-RS in place of {@code InterfaceResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/api")
public class InterfaceResource_Instrumented extends InterfaceResource {
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
   * GET /api/own
   */
  @Override
  @GET
  @Path("own")
  public Response create(String body) {
    long start = System.nanoTime();
    Response result;
    try {
      result = super.create(body);
    } catch (WebApplicationException failure) {
      CREATE.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      CREATE.record(start, 500);
      throw failure;
    }
    CREATE.record(start, result == null ? 204 : result.getStatus());
    return result;
  }

  /**
   * PATCH /api/renamed/{id}
   */
  @Override
  public String rename(String id, String name) {
    long start = System.nanoTime();
    String result;
    try {
      result = super.rename(id, name);
    } catch (WebApplicationException failure) {
      RENAME.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      RENAME.record(start, 500);
      throw failure;
    }
    RENAME.record(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * PROPFIND /api/{id}
   */
  @Override
  @InterfaceResource.PROPFIND
  @Path("{id}")
  public String properties(@PathParam("id") String id) {
    long start = System.nanoTime();
    String result;
    try {
      result = super.properties(id);
    } catch (WebApplicationException failure) {
      PROPERTIES.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      PROPERTIES.record(start, 500);
      throw failure;
    }
    PROPERTIES.record(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /api/base
   */
  @Override
  @GET
  @Path("base")
  public String base() {
    long start = System.nanoTime();
    String result;
    try {
      result = super.base();
    } catch (WebApplicationException failure) {
      BASE.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      BASE.record(start, 500);
      throw failure;
    }
    BASE.record(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /api/version
   */
  @Override
  @GET
  @Path("version")
  public String version() {
    long start = System.nanoTime();
    String result;
    try {
      result = super.version();
    } catch (WebApplicationException failure) {
      VERSION.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      VERSION.record(start, 500);
      throw failure;
    }
    VERSION.record(start, result == null ? 204 : 200);
    return result;
  }
}
