package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link GenericResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code GenericResource}; without the companion, register
 * it with JAX-RS instead of {@code GenericResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/generic")
public class GenericResource_Instrumented extends GenericResource {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route SORTED = Route.of("GET", "/generic/typed");

  private static final Route JOIN = Route.of("GET", "/generic/joined");

  private static final Route LISTS = Route.of("GET", "/generic/lists");

  private static final Route CHECKED = Route.of("POST", "/generic/checked");

  private static final Route READ = Route.of("GET", "/generic/{id}");

  private static final Route ALL = Route.of("GET", "/generic/all");

  public GenericResource_Instrumented() {
    super();
  }

  /**
   * GET /generic/typed
   */
  @Override
  @GET
  @Path("typed")
  public <T extends Comparable<? super T>> List<T> sorted(@QueryParam("items") List<T> items) {
    long start = Route.startTime();
    List<T> result;
    try {
      result = super.sorted(items);
    } catch (WebApplicationException failure) {
      SORTED.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      SORTED.callFinished(start, 500);
      throw failure;
    }
    SORTED.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /generic/joined
   */
  @Override
  @GET
  @Path("joined")
  public String join(@QueryParam("parts") String... parts) {
    long start = Route.startTime();
    String result;
    try {
      result = super.join(parts);
    } catch (WebApplicationException failure) {
      JOIN.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      JOIN.callFinished(start, 500);
      throw failure;
    }
    JOIN.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /generic/lists
   */
  @Override
  @GET
  @Path("lists")
  @SuppressWarnings("unchecked")
  public String lists(List<String>... lists) {
    long start = Route.startTime();
    String result;
    try {
      result = super.lists(lists);
    } catch (WebApplicationException failure) {
      LISTS.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      LISTS.callFinished(start, 500);
      throw failure;
    }
    LISTS.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * POST /generic/checked
   */
  @Override
  @POST
  @Path("checked")
  @GenericResource.NotBlank
  public String checked(@GenericResource.NotBlank String body,
      Map<@GenericResource.NotBlank String, List<@GenericResource.NotBlank Integer>> tags) throws
      TimeoutException, InterruptedException {
    long start = Route.startTime();
    String result;
    try {
      result = super.checked(body, tags);
    } catch (WebApplicationException failure) {
      CHECKED.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      CHECKED.callFinished(start, 500);
      throw failure;
    }
    CHECKED.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /generic/{id}
   */
  @Override
  @GET
  @Path("{id}")
  public String read(@PathParam("id") Long id) {
    long start = Route.startTime();
    String result;
    try {
      result = super.read(id);
    } catch (WebApplicationException failure) {
      READ.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      READ.callFinished(start, 500);
      throw failure;
    }
    READ.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /generic/all
   */
  @Override
  @GET
  @Path("all")
  public Map<Long, List<? extends String>> all() {
    long start = Route.startTime();
    Map<Long, List<? extends String>> result;
    try {
      result = super.all();
    } catch (WebApplicationException failure) {
      ALL.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      ALL.callFinished(start, 500);
      throw failure;
    }
    ALL.callFinished(start, result == null ? 204 : 200);
    return result;
  }
}
