package dev.instrumentator.jersey.scanned.locator;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource with a sub-resource locator, which Jersey refuses to take twice. */
@Instrumented
@Path("/shelves")
public class ShelfResource {
  @GET
  public String list() {
    return "shelves\n";
  }

  @Path("{shelf}")
  public Shelf shelf(@PathParam("shelf") String shelf) {
    return new Shelf(shelf);
  }

  /** One shelf, reached through the locator. */
  public static class Shelf {
    private final String name;

    Shelf(String name) {
      this.name = name;
    }

    @GET
    public String get() {
      return name + "\n";
    }
  }
}
