package dev.instrumentator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JAX-RS controllers for the compile-time benchmark: each {@code @Instrumented}, with a
 * class {@code @Path} and ten resource methods of the usual kinds (path and query parameters, a
 * regular expression, a {@code Response}, {@code void}, a checked exception).
 */
final class SyntheticControllers {
  private SyntheticControllers() {}

  static List<Path> write(Path root, int count) throws IOException {
    Path packageDir = Files.createDirectories(root.resolve("synthetic"));
    List<Path> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Path source = packageDir.resolve("Controller" + i + ".java");
      Files.writeString(source, controller(i));
      sources.add(source);
    }
    return sources;
  }

  private static String controller(int n) {
    return """
        package synthetic;

        import dev.instrumentator.annotations.Instrumented;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;
        import java.util.List;

        @Instrumented
        @Path("/api/v1/things%1$d")
        @Produces("application/json")
        public class Controller%1$d {
          @GET public List<String> list(@QueryParam("page") int page) { return List.of(); }
          @GET @Path("{id: [0-9]+}") public String get(@PathParam("id") long id) { return "t"; }
          @POST public Response create(String body) { return Response.status(201).build(); }
          @PUT @Path("{id}") public String replace(@PathParam("id") long id, String body) { return body; }
          @PATCH @Path("{id}") public String update(@PathParam("id") long id, String body) { return body; }
          @DELETE @Path("{id}") public void delete(@PathParam("id") long id) {}
          @GET @Path("{id}/parts") public List<String> parts(@PathParam("id") long id) { return List.of(); }
          @GET @Path("{id}/parts/{part}") public String part(@PathParam("id") long id, @PathParam("part") String part) { return part; }
          @GET @Path("search") public List<String> search(@QueryParam("q") String q, @QueryParam("limit") int limit) { return List.of(); }
          @POST @Path("{id}/export") public String export(@PathParam("id") long id) throws java.io.IOException { return "done"; }
        }
        """
        .formatted(n);
  }
}
