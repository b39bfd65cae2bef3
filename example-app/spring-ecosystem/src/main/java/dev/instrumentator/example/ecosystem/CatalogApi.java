package dev.instrumentator.example.ecosystem;

import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Mappings on an interface that a superclass of the controller implements. */
@RequestMapping("/catalog")
public interface CatalogApi {

  @GetMapping("/{section}")
  String section(@P("s") @PathVariable("section") String section);
}
