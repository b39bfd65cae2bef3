package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Generics resolved through a superclass, generic methods, varargs, type annotations, throws. */
@Instrumented
@Path("/generic")
public class GenericResource extends CrudResource<Long, String> {
  @GET
  @Path("typed")
  public <T extends Comparable<? super T>> List<T> sorted(@QueryParam("items") List<T> items) {
    return items;
  }

  @GET
  @Path("joined")
  public String join(@QueryParam("parts") String... parts) {
    return String.join(",", parts);
  }

  @SuppressWarnings("unchecked")
  @GET
  @Path("lists")
  public String lists(List<String>... lists) {
    return "";
  }

  @POST
  @Path("checked")
  public @NotBlank String checked(@NotBlank String body, Map<@NotBlank String, List<@NotBlank Integer>> tags)
      throws TimeoutException, InterruptedException {
    return body;
  }

  /**
   * A constraint-like annotation usable on both declarations and types, like Bean Validation's;
   * nested, since the decorator names it too.
   */
  @Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface NotBlank {}
}

abstract class CrudResource<K, V> {
  @GET
  @Path("{id}")
  public V read(@PathParam("id") K id) {
    return null;
  }

  @GET
  @Path("all")
  public Map<K, List<? extends V>> all() {
    return Map.of();
  }
}
