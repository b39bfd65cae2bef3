package fixtures;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Times the resource methods of {@link ClashingNamesResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code ClashingNamesResource}; without the companion, register
 * it with JAX-RS instead of {@code ClashingNamesResource}.
 */
@javax.annotation.processing.Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/clashing")
public class ClashingNamesResource_Instrumented extends ClashingNamesResource {
  private static final dev.instrumentator.runtime.internal.Contract CONTRACT = dev.instrumentator.runtime.internal.Contract.require(1, "${project.version}");

  private static final dev.instrumentator.runtime.internal.Route GET = dev.instrumentator.runtime.internal.Route.of("GET", "/clashing");

  private static final dev.instrumentator.runtime.internal.Route TEXT = dev.instrumentator.runtime.internal.Route.of("GET", "/clashing/text");

  private static final dev.instrumentator.runtime.internal.Route CONTRACT_2 = dev.instrumentator.runtime.internal.Route.of("GET", "/clashing/contract");

  public ClashingNamesResource_Instrumented() {
    super();
  }

  /**
   * GET /clashing
   */
  @java.lang.Override
  @GET
  public Response get() {
    long start = dev.instrumentator.runtime.internal.Route.startTime();
    Response result;
    try {
      result = super.get();
    } catch (jakarta.ws.rs.WebApplicationException failure) {
      GET.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      GET.callFinished(start, 500);
      throw failure;
    }
    GET.callFinished(start, result == null ? 204 : result.getStatus());
    return result;
  }

  /**
   * GET /clashing/text
   */
  @java.lang.Override
  @GET
  @Path("/text")
  public String text() {
    long start = dev.instrumentator.runtime.internal.Route.startTime();
    String result;
    try {
      result = super.text();
    } catch (jakarta.ws.rs.WebApplicationException failure) {
      TEXT.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      TEXT.callFinished(start, 500);
      throw failure;
    }
    TEXT.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /clashing/contract
   */
  @java.lang.Override
  @GET
  @Path("/contract")
  public String contract() {
    long start = dev.instrumentator.runtime.internal.Route.startTime();
    String result;
    try {
      result = super.contract();
    } catch (jakarta.ws.rs.WebApplicationException failure) {
      CONTRACT_2.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      CONTRACT_2.callFinished(start, 500);
      throw failure;
    }
    CONTRACT_2.callFinished(start, result == null ? 204 : 200);
    return result;
  }
}
