package fixtures;

import dev.instrumentator.runtime.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link Outer.Inner} into the request-duration histogram.
 * Register this class with JAX-RS in place of {@code Outer.Inner}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/")
public class Outer_Inner_Instrumented extends Outer.Inner {
  private static final long serialVersionUID = 1L;

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
    long start = System.nanoTime();
    String result;
    try {
      result = super.root();
    } catch (WebApplicationException failure) {
      ROOT.record(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      ROOT.record(start, 500);
      throw failure;
    }
    ROOT.record(start, result == null ? 204 : 200);
    return result;
  }
}
