package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link Outer.Inner} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code Outer.Inner}; without the companion, register
 * it with JAX-RS instead of {@code Outer.Inner}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/")
public class Outer_Inner_Instrumented extends Outer.Inner {
  private static final long serialVersionUID = 1L;

  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route ROOT = Route.of("GET", "/");

  public Outer_Inner_Instrumented() {
    super();
  }

  /**
   * GET /
   */
  @Override
  @GET
  public String root() {
    long start = Route.startTime();
    String result;
    try {
      result = super.root();
    } catch (WebApplicationException failure) {
      ROOT.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      ROOT.callFinished(start, 500);
      throw failure;
    }
    ROOT.callFinished(start, result == null ? 204 : 200);
    return result;
  }
}
