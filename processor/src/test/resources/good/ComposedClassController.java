package fixtures;

import dev.instrumentator.annotations.Instrumented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user's own stereotype and class mapping, each meta-annotated with Spring's, and an {@code
 * @Inherited} annotation.
 */
@Instrumented
@ComposedClassController.ApiController
@ComposedClassController.ApiPath
@ComposedClassController.Audited
@CrossOrigin("https://books.example")
public class ComposedClassController {
  @GetMapping
  public String get() {
    return "composed";
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @RestController
  public @interface ApiController {}

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @RequestMapping("/api/composed")
  public @interface ApiPath {}

  /** On the decorator already, as on every subclass. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Inherited
  public @interface Audited {}
}
