package dev.instrumentator.example.dropwizard;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A library's loans: one plain route, one answered asynchronously that fails. */
@Instrumented
@Path("/loans")
@Produces(MediaType.TEXT_PLAIN)
public class LoanResource {
  @GET
  @Path("{id}")
  public String get(@PathParam("id") int id) {
    return "loan " + id + "\n";
  }

  @GET
  @Path("{id}/overdue")
  public CompletionStage<String> overdue(@PathParam("id") int id) {
    return CompletableFuture.failedFuture(new NotFoundException("no loan " + id));
  }
}
