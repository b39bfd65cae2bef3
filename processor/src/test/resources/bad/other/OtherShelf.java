package fixtures.other;

import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A handler method whose names come from an interface no other package can name. */
public abstract class OtherShelf implements HiddenShelfApi {
  @Override
  public String shelf(String shelf) {
    return "shelf " + shelf;
  }
}

interface HiddenShelfApi {
  @GetMapping("/hidden/{shelf}")
  String shelf(@P("s") @PathVariable("shelf") String shelf);
}
