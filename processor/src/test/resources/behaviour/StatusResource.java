package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** One resource method per way a call can end, to run through its decorator. */
@Instrumented
@Path("/status")
public class StatusResource {
  @GET
  @Path("entity")
  public String entity() {
    return "a book";
  }

  @GET
  @Path("null-entity")
  public String nullEntity() {
    return null;
  }

  @GET
  @Path("response")
  public Response response(int status) {
    return Response.status(status).entity("body").build();
  }

  @GET
  @Path("null-response")
  public Response nullResponse() {
    return null;
  }

  @POST
  @Path("nothing")
  public void nothing() {}

  @GET
  @Path("count")
  public int count() {
    return 42;
  }

  @POST
  @Path("echo")
  public Object echo(Object value) {
    return value;
  }

  @POST
  @Path("throw")
  public String fail(Throwable failure) throws Throwable {
    throw failure;
  }

  @GET
  @Path("slow")
  public String slow(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return "slow";
  }
}
