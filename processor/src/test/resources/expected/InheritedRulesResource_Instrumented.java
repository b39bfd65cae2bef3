package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Times the resource methods of {@link InheritedRulesResource} into the request-duration histogram.
 * The Jersey companion serves it in place of {@code InheritedRulesResource}; without the companion, register
 * it with JAX-RS instead of {@code InheritedRulesResource}.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@Path("/rules")
@RolesAllowed("admin")
public class InheritedRulesResource_Instrumented extends InheritedRulesResource {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route AUDIT = Route.of("GET", "/rules/audit");

  private static final Route CLOSED = Route.of("GET", "/rules/closed");

  private static final Route LATER = Route.of("GET", "/rules/later");

  private static final Route BASE = Route.of("GET", "/rules/base");

  private static final Route ITEM = Route.of("GET", "/rules/item");

  private static final Route TAGS = Route.of("POST", "/rules/tags");

  private static final Route OLD = Route.of("GET", "/rules/old");

  public InheritedRulesResource_Instrumented() {
    super();
  }

  /**
   * GET /rules/audit
   */
  @Override
  @RolesAllowed("auditor")
  public String audit() {
    long start = Route.startTime();
    String result;
    try {
      result = super.audit();
    } catch (WebApplicationException failure) {
      AUDIT.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      AUDIT.callFinished(start, 500);
      throw failure;
    }
    AUDIT.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /rules/closed
   */
  @Override
  @DenyAll
  public String closed() {
    long start = Route.startTime();
    String result;
    try {
      result = super.closed();
    } catch (WebApplicationException failure) {
      CLOSED.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      CLOSED.callFinished(start, 500);
      throw failure;
    }
    CLOSED.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /rules/later
   */
  @Override
  public void later(@Suspended AsyncResponse response) {
    long start = Route.startTime();
    try {
      super.later(response);
    } catch (WebApplicationException failure) {
      LATER.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      LATER.callFinished(start, 500);
      throw failure;
    }
    LATER.callFinished(start, 204);
  }

  /**
   * GET /rules/base
   */
  @Override
  public String base() {
    long start = Route.startTime();
    String result;
    try {
      result = super.base();
    } catch (WebApplicationException failure) {
      BASE.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      BASE.callFinished(start, 500);
      throw failure;
    }
    BASE.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /rules/item
   */
  @Override
  @GET
  @Path("item")
  @NotNull
  public InheritedRulesResource.Item item() {
    long start = Route.startTime();
    InheritedRulesResource.Item result;
    try {
      result = super.item();
    } catch (WebApplicationException failure) {
      ITEM.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      ITEM.callFinished(start, 500);
      throw failure;
    }
    ITEM.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * POST /rules/tags
   */
  @Override
  @POST
  @Path("tags")
  public String tags(@FormParam("tag") @NotNull @Size(max = 2) List<@Size(max = 3) String> tags) {
    long start = Route.startTime();
    String result;
    try {
      result = super.tags(tags);
    } catch (WebApplicationException failure) {
      TAGS.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      TAGS.callFinished(start, 500);
      throw failure;
    }
    TAGS.callFinished(start, result == null ? 204 : 200);
    return result;
  }

  /**
   * GET /rules/old
   */
  @Override
  @GET
  @Path("old")
  @SuppressWarnings("deprecation")
  public String old() {
    long start = Route.startTime();
    String result;
    try {
      result = super.old();
    } catch (WebApplicationException failure) {
      OLD.callFinished(start, failure.getResponse().getStatus());
      throw failure;
    } catch (Throwable failure) {
      OLD.callFinished(start, 500);
      throw failure;
    }
    OLD.callFinished(start, result == null ? 204 : 200);
    return result;
  }
}
