package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Resource methods that allocate nothing themselves, one per kind of status, so that whatever a
 * call of the decorator allocates is the decorator's. The interfaces let a test call the decorator
 * directly, without reflection, which allocates.
 */
@Instrumented
@Path("/quiet")
public class QuietResource implements Supplier<String>, IntSupplier, Runnable, Callable<Response> {
  private static final Response CREATED = Response.status(201).build();

  @GET
  @Override
  public String get() {
    return "a book";
  }

  @GET
  @Path("count")
  @Override
  public int getAsInt() {
    return 42;
  }

  @POST
  @Override
  public void run() {}

  @POST
  @Path("created")
  @Override
  public Response call() {
    return CREATED;
  }
}
