package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link Books$Api} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code Books$Api}; without the companion, register
 * it with JAX-RS instead of {@code Books$Api}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/dollar")
public class Books_Api_Instrumented extends Books$Api {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route GET = Route.of("GET", "/dollar");

  public Books_Api_Instrumented() {
    super();
  }

  /**
   * GET /dollar
   */
  @Override
  @GET
  public String get() {
    long start = Route.startTime();
    String result;
    try {
      result = super.get();
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
}
