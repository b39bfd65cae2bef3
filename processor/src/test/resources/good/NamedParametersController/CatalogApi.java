package fixtures;

import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

public interface CatalogApi {
  @GetMapping("/catalog/{section}")
  String section(@P("s") @PathVariable("section") String section);

  @GetMapping("/catalog/{section}/{shelf}")
  String shelf(@PathVariable("section") String section, @P("f") @PathVariable("shelf") String shelf);
}
