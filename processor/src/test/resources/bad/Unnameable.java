package fixtures;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handler methods inherited from superclasses that implement an interface the decorator cannot
 * name: private here, package-private in another package.
 */
@Instrumented
@RestController
public class Unnameable extends Shelves.Base {}

@Instrumented
@RestController
class UnnameableElsewhere extends fixtures.other.OtherShelf {}

class Shelves {
  private interface Api {
    @GetMapping("/shelves/{shelf}")
    String shelf(@P("s") @PathVariable("shelf") String shelf);
  }

  abstract static class Base implements Api {
    @Override
    public String shelf(String shelf) {
      return "shelf " + shelf;
    }
  }
}
