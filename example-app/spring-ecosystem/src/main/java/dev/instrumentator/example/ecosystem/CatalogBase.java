package dev.instrumentator.example.ecosystem;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The handler method, with its method security, declared by a superclass: Spring Security reads
 * the parameter names from the interfaces of the class that declares the method, and AspectJ's
 * {@code @within} the annotations of that class.
 */
@Audited
public abstract class CatalogBase implements CatalogApi {

  @Override
  @PreAuthorize("#s != 'hidden' or hasRole('ADMIN')")
  public String section(String section) {
    return "section " + section;
  }
}
