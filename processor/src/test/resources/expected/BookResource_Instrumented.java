package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link BookResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code BookResource}; without the companion, register
 * it with JAX-RS instead of {@code BookResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("//books/")
@RolesAllowed("reader")
public class BookResource_Instrumented extends BookResource {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route LIST = Route.of("GET", "/books");

  private static final Route GET = Route.of("GET", "/books/{isbn}");

  private static final Route FIND = Route.of("GET", "/books/search");

  private static final Route FIND_2 = Route.of("GET", "/books/search/{year}");

  private static final Route CREATE = Route.of("POST", "/books");

  private static final Route DELETE = Route.of("DELETE", "/books/{isbn}");

  private static final Route COUNT = Route.of("GET", "/books/count");

  private static final Route LEGACY_COUNT = Route.of("GET", "/books/legacy-count");

  @Inject
  public BookResource_Instrumented(@Named("shelf") String shelf) {
    super(shelf);
  }

  protected BookResource_Instrumented() {
    super();
  }

  /**
   * GET /books
   */
  @Override
  @GET
  public List<String> list() {
    long start = Route.startTime();
    List<String> result;
    try {
      result = super.list();
    } catch (WebApplicationException failure) {
      LIST.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      LIST.callFinished(start, 500);
      throw failure;
    }
    LIST.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /books/{isbn}
   */
  @Override
  @GET
  @Path("{isbn: [0-9]{3}-[0-9]+}")
  public String get(@PathParam("isbn") String isbn) {
    long start = Route.startTime();
    String result;
    try {
      result = super.get(isbn);
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
   * GET /books/search
   */
  @Override
  @GET
  @Path("search")
  public List<String> find(@QueryParam("title") String title) {
    long start = Route.startTime();
    List<String> result;
    try {
      result = super.find(title);
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
   * GET /books/search/{year}
   */
  @Override
  @GET
  @Path("search/{year}")
  public List<String> find(@PathParam("year") int year) {
    long start = Route.startTime();
    List<String> result;
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
   * POST /books
   */
  @Override
  @POST
  @RolesAllowed("editor")
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
   * DELETE /books/{isbn}
   */
  @Override
  @DELETE
  @Path("/{isbn}/")
  public void delete(@PathParam("isbn") String start) throws IOException {
    long start_ = Route.startTime();
    try {
      super.delete(start);
    } catch (WebApplicationException failure) {
      DELETE.callFinished(start_, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      DELETE.callFinished(start_, 500);
      throw failure;
    }
    DELETE.callFinished(start_, 204);
  }

  /**
   * GET /books/count
   */
  @Override
  @GET
  @Path("count")
  public int count() {
    long start = Route.startTime();
    int result;
    try {
      result = super.count();
    } catch (WebApplicationException failure) {
      COUNT.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      COUNT.callFinished(start, 500);
      throw failure;
    }
    COUNT.callFinished(start, 200);
    return result;
  }

  /**
   * GET /books/legacy-count
   */
  @Override
  @Deprecated
  @GET
  @Path("legacy-count")
  public long legacyCount() {
    long start = Route.startTime();
    long result;
    try {
      result = super.legacyCount();
    } catch (WebApplicationException failure) {
      LEGACY_COUNT.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      LEGACY_COUNT.callFinished(start, 500);
      throw failure;
    }
    LEGACY_COUNT.callFinished(start, 200);
    return result;
  }
}
