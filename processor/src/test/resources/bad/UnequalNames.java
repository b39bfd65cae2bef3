package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Security names the parameters of {@code shelf}, inherited, after {@code @P} on {@link
 * ShelfApi}, which the decorator therefore implements; {@code section}, overridden here, by their
 * compiled names, since this class implements no interface itself. Its decorator would find
 * {@code @P("n")} on ShelfApi for its override of {@code section}.
 */
@Instrumented
@RestController
public class UnequalNames extends UnequalNamesBase {
  @Override
  public String section(String section) {
    return "overridden " + section;
  }
}

abstract class UnequalNamesBase implements ShelfApi {
  @Override
  public String shelf(String shelf) {
    return "shelf " + shelf;
  }

  @Override
  public String section(String name) {
    return "section " + name;
  }
}

interface ShelfApi {
  @GetMapping("/shelves/{shelf}")
  String shelf(@P("s") @PathVariable("shelf") String shelf);

  @GetMapping("/sections/{section}")
  String section(@P("n") @PathVariable("section") String section);
}
