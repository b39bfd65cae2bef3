package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Class annotations of every kind: repeated, inherited anyway, or not for a Java class. */
@Instrumented
@Path("/annotated")
@Produces("text/plain")
@RolesAllowed("admin")
@AnnotatedClassResource.Audited
@AnnotatedClassResource.Documented
@kotlin.Metadata(k = 1)
public class AnnotatedClassResource {
  @GET
  public String get() {
    return "";
  }

  /** Inherited, like JAX-RS's @Produces: the decorator has it without repeating it. */
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @interface Audited {}

  /** Only in the source: nothing at run time to repeat. */
  @Retention(RetentionPolicy.SOURCE)
  @interface Documented {}
}
