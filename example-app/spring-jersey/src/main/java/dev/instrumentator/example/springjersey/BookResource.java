package dev.instrumentator.example.springjersey;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A JAX-RS resource, served by Jersey. */
@Instrumented
@Path("/books")
public class BookResource {

  @GET
  @Path("{isbn}")
  public String get(@PathParam("isbn") String isbn) {
    if (isbn.equals("missing")) {
      throw new NotFoundException();
    }
    return "book " + isbn;
  }
}
