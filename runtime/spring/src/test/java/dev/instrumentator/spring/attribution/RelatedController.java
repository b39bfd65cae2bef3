package dev.instrumentator.spring.attribution;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A timed controller whose handler method another calls. */
@Instrumented
@RestController
public class RelatedController {

  @GetMapping("/related/{id}")
  public String find(@PathVariable String id) {
    return "related to " + id;
  }
}
