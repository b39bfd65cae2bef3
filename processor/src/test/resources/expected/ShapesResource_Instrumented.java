package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link ShapesResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code ShapesResource}; without the companion, register
 * it with JAX-RS instead of {@code ShapesResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
public class ShapesResource_Instrumented extends ShapesResource {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route BYTES = Route.of("GET", "/shapes/bytes");

  private static final Route INNER = Route.of("GET", "/shapes/inner");

  private static final Route GET_HTTPSTATUS = Route.of("GET", "/shapes/http-status");

  private static final Route URLS = Route.of("GET", "/shapes/urls");

  private static final Route FIND = Route.of("GET", "/shapes/find/name");

  private static final Route FIND_2 = Route.of("GET", "/shapes/find/year");

  private static final Route FIND_3 = Route.of("GET", "/shapes/find/years");

  private static final Route BOUNDS = Route.of("GET", "/shapes/bounds");

  private static final Route REIFIABLE = Route.of("GET", "/shapes/reifiable");

  private static final Route GENERIC = Route.of("GET", "/shapes/generic");

  private static final Route ONE = Route.of("GET", "/shapes/one");

  private static final Route VERSION = Route.of("GET", "/shapes/version");

  public ShapesResource_Instrumented() {
    super();
  }

  protected ShapesResource_Instrumented(String seed) {
    super(seed);
  }

  ShapesResource_Instrumented(int seed) {
    super(seed);
  }

  /**
   * GET /shapes/bytes
   */
  @Override
  @GET
  @Path("bytes")
  public byte[] bytes() {
    long start = Route.startTime();
    byte[] result;
    try {
      result = super.bytes();
    } catch (WebApplicationException failure) {
      BYTES.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      BYTES.callFinished(start, 500);
      throw failure;
    }
    BYTES.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/inner
   */
  @Override
  @GET
  @Path("inner")
  public String inner(@QueryParam("inner") ShapesResource.Holder<String>.Inner inner) {
    long start = Route.startTime();
    String result;
    try {
      result = super.inner(inner);
    } catch (WebApplicationException failure) {
      INNER.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      INNER.callFinished(start, 500);
      throw failure;
    }
    INNER.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/http-status
   */
  @Override
  @GET
  @Path("http-status")
  public String getHTTPStatus() {
    long start = Route.startTime();
    String result;
    try {
      result = super.getHTTPStatus();
    } catch (WebApplicationException failure) {
      GET_HTTPSTATUS.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      GET_HTTPSTATUS.callFinished(start, 500);
      throw failure;
    }
    GET_HTTPSTATUS.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/urls
   */
  @Override
  @GET
  @Path("urls")
  public String URLs() {
    long start = Route.startTime();
    String result;
    try {
      result = super.URLs();
    } catch (WebApplicationException failure) {
      URLS.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      URLS.callFinished(start, 500);
      throw failure;
    }
    URLS.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/find/name
   */
  @Override
  @GET
  @Path("find/name")
  public String find(@QueryParam("name") String name) {
    long start = Route.startTime();
    String result;
    try {
      result = super.find(name);
    } catch (WebApplicationException failure) {
      FIND.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      FIND.callFinished(start, 500);
      throw failure;
    }
    FIND.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/find/year
   */
  @Override
  @GET
  @Path("find/year")
  public String find(@QueryParam("year") int year) {
    long start = Route.startTime();
    String result;
    try {
      result = super.find(year);
    } catch (WebApplicationException failure) {
      FIND_2.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      FIND_2.callFinished(start, 500);
      throw failure;
    }
    FIND_2.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/find/years
   */
  @Override
  @GET
  @Path("find/years")
  public String find(@QueryParam("from") int from, @QueryParam("to") int to) {
    long start = Route.startTime();
    String result;
    try {
      result = super.find(from, to);
    } catch (WebApplicationException failure) {
      FIND_3.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      FIND_3.callFinished(start, 500);
      throw failure;
    }
    FIND_3.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/bounds
   */
  @Override
  @GET
  @Path("bounds")
  public String bounds(@QueryParam("upper") List<? extends Number> upper,
      @QueryParam("lower") List<? super Integer> lower, @QueryParam("any") List<?> any) {
    long start = Route.startTime();
    String result;
    try {
      result = super.bounds(upper, lower, any);
    } catch (WebApplicationException failure) {
      BOUNDS.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      BOUNDS.callFinished(start, 500);
      throw failure;
    }
    BOUNDS.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/reifiable
   */
  @Override
  @GET
  @Path("reifiable")
  public String reifiable(@QueryParam("lists") List<?>... lists) {
    long start = Route.startTime();
    String result;
    try {
      result = super.reifiable(lists);
    } catch (WebApplicationException failure) {
      REIFIABLE.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      REIFIABLE.callFinished(start, 500);
      throw failure;
    }
    REIFIABLE.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/generic
   */
  @Override
  @GET
  @Path("generic")
  @SuppressWarnings("unchecked")
  public <T> String generic(T... items) {
    long start = Route.startTime();
    String result;
    try {
      result = super.generic(items);
    } catch (WebApplicationException failure) {
      GENERIC.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      GENERIC.callFinished(start, 500);
      throw failure;
    }
    GENERIC.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/one
   */
  @Override
  @GET
  @Path("one")
  public String one() {
    long start = Route.startTime();
    String result;
    try {
      result = super.one();
    } catch (WebApplicationException failure) {
      ONE.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      ONE.callFinished(start, 500);
      throw failure;
    }
    ONE.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /shapes/version
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
