package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.List;

/**
 * Routes inherited from interfaces, with rules added by the implementing methods, and the shapes
 * where JAX-RS inheritance surprises: each override repeats what the original method carries, and
 * only methods that Jersey serves as resource methods are overridden.
 */
@Instrumented
@Path("/rules")
@RolesAllowed("admin")
public class InheritedRulesResource extends PlainBase implements RulesApi, HiddenApi {
  /** Routed by the interface, ruled here: the override carries the rule. */
  @Override
  @RolesAllowed("auditor")
  public String audit() {
    return "";
  }

  @Override
  @DenyAll
  public String closed() {
    return "";
  }

  /** A JAX-RS parameter annotation of its own: Jersey inherits nothing, so this is no route. */
  @Override
  public String byKey(@PathParam("key") String key) {
    return key;
  }

  /** {@code @Produces} of its own: no route either. */
  @Override
  @Produces("text/plain")
  public String produced() {
    return "";
  }

  /** {@code @Suspended} does not count as JAX-RS's own: the route is inherited. */
  @Override
  public void later(@Suspended AsyncResponse response) {
    response.resume("");
  }

  /** Routed by a super-interface of the interface. */
  @Override
  public String base() {
    return "";
  }

  /** {@code @Valid} on the return value cannot be repeated; {@code @NotNull} is. */
  @GET
  @Path("item")
  @Valid
  @NotNull
  public Item item() {
    return new Item();
  }

  /** Constraints on the parameter and on its elements, repeated exactly. */
  @POST
  @Path("tags")
  public String tags(@FormParam("tag") @NotNull @Size(max = 2) List<@Size(max = 3) String> tags) {
    return "";
  }

  /**
   * Deprecated by its documentation alone.
   *
   * @deprecated use {@link #audit()}
   */
  @SuppressWarnings("dep-ann")
  @GET
  @Path("old")
  public String old() {
    return "";
  }

  public static class Item {}
}

interface BaseApi {
  @GET
  @Path("base")
  String base();
}

interface RulesApi extends BaseApi {
  @GET
  @Path("audit")
  String audit();

  @GET
  @Path("closed")
  String closed();

  @GET
  @Path("keys/{key}")
  String byKey(@PathParam("key") String key);

  @GET
  @Path("produced")
  String produced();

  @GET
  @Path("later")
  void later(AsyncResponse response);
}

/** Jersey looks for annotations from the class declaring a method: these stay unrouted. */
abstract class PlainBase {
  public String hidden() {
    return "";
  }
}

interface HiddenApi {
  @GET
  @Path("hidden")
  String hidden();
}
