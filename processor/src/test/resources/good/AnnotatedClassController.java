package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Spring's own stereotype and mapping on the class, and an annotation the decorator repeats. */
@Instrumented
@RestController
@RequestMapping("/annotated")
@CrossOrigin("https://books.example")
public class AnnotatedClassController {
  @GetMapping
  public String get() {
    return "annotated";
  }
}
