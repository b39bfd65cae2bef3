package dev.instrumentator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JAX-RS controllers for the compile-time benchmark: each {@code @Instrumented}, with a
 * class {@code @Path} and ten resource methods of the usual kinds (path and query parameters, a
 * regular expression, a {@code Response}, {@code void}, a checked exception), with bodies of one
 * line or bodies that do some work.
 */
public final class SyntheticControllers {
  /** What the resource methods do. */
  public enum Bodies {
    /** Return a constant: javac has the least to do besides the decorators. */
    ONE_LINE,
    /** Validate, look up, filter and map, as a controller over an in-memory store might. */
    WORKING
  }

  private SyntheticControllers() {}

  static List<Path> write(Path root, int count, Bodies bodies) throws IOException {
    Path packageDir = Files.createDirectories(root.resolve("synthetic"));
    List<Path> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Path source = packageDir.resolve("Controller" + i + ".java");
      Files.writeString(
          source, bodies == Bodies.ONE_LINE ? oneLineController(i) : workingController(i));
      sources.add(source);
    }
    return sources;
  }

  private static String oneLineController(int n) {
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

  private static String workingController(int n) {
    return """
        package synthetic;

        import dev.instrumentator.annotations.Instrumented;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import java.util.TreeMap;
        import java.util.stream.Collectors;

        @Instrumented
        @Path("/api/v1/things%1$d")
        @Produces("application/json")
        public class Controller%1$d {
          private static final int PAGE_SIZE = 20;
          private final TreeMap<Long, String> things = new TreeMap<>();
          private final Map<Long, List<String>> partsOf = new TreeMap<>();

          @GET public List<String> list(@QueryParam("page") int page) {
            if (page < 0) {
              throw new BadRequestException("page must not be negative: " + page);
            }
            return things.values().stream()
                .skip((long) page * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .collect(Collectors.toList());
          }

          @GET @Path("{id: [0-9]+}") public String get(@PathParam("id") long id) {
            return find(id);
          }

          @POST public Response create(String body) {
            String name = validName(body);
            long id = things.isEmpty() ? 1 : things.lastKey() + 1;
            things.put(id, name);
            return Response.status(Response.Status.CREATED).entity(id + ":" + name).build();
          }

          @PUT @Path("{id}") public String replace(@PathParam("id") long id, String body) {
            find(id);
            String name = validName(body);
            things.put(id, name);
            partsOf.remove(id);
            return name;
          }

          @PATCH @Path("{id}") public String update(@PathParam("id") long id, String body) {
            String current = find(id);
            String merged = body == null || body.isBlank() ? current : current + " " + body.strip();
            things.put(id, validName(merged));
            return merged;
          }

          @DELETE @Path("{id}") public void delete(@PathParam("id") long id) {
            if (things.remove(id) == null) {
              throw new NotFoundException("no thing " + id);
            }
            partsOf.remove(id);
          }

          @GET @Path("{id}/parts") public List<String> parts(@PathParam("id") long id) {
            find(id);
            List<String> parts = new ArrayList<>(partsOf.getOrDefault(id, List.of()));
            parts.sort(String::compareToIgnoreCase);
            return parts;
          }

          @GET @Path("{id}/parts/{part}") public String part(@PathParam("id") long id, @PathParam("part") String part) {
            for (String candidate : partsOf.getOrDefault(id, List.of())) {
              if (candidate.equalsIgnoreCase(part)) {
                return candidate;
              }
            }
            throw new NotFoundException("no part " + part + " in thing " + id);
          }

          @GET @Path("search") public List<String> search(@QueryParam("q") String q, @QueryParam("limit") int limit) {
            String query = q == null ? "" : q.strip().toLowerCase();
            return things.entrySet().stream()
                .filter(entry -> entry.getValue().toLowerCase().contains(query))
                .map(entry -> entry.getKey() + ":" + entry.getValue())
                .limit(limit > 0 ? limit : PAGE_SIZE)
                .collect(Collectors.toList());
          }

          @POST @Path("{id}/export") public String export(@PathParam("id") long id) throws java.io.IOException {
            StringBuilder csv = new StringBuilder("id,name,parts\\n");
            csv.append(id).append(',').append(find(id)).append(',');
            csv.append(String.join(";", partsOf.getOrDefault(id, List.of())));
            if (csv.length() > 1_000_000) {
              throw new java.io.IOException("export of thing " + id + " is too large");
            }
            return csv.toString();
          }

          private String find(long id) {
            String thing = things.get(id);
            if (thing == null) {
              throw new NotFoundException("no thing " + id);
            }
            return thing;
          }

          private static String validName(String body) {
            if (body == null || body.isBlank()) {
              throw new BadRequestException("a name is required");
            }
            String name = body.strip();
            if (name.length() > 200) {
              throw new BadRequestException("a name has at most 200 characters");
            }
            return name;
          }
        }
        """
        .formatted(n);
  }
}
