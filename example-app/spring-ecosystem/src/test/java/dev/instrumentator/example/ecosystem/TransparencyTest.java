package dev.instrumentator.example.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * What a client and the libraries of a Spring Boot service see of an instrumented application is
 * what they see of the same application with instrumentation off. Every route, called by no
 * user, by one with a wrong password, by one without the role and by one with it, must answer
 * both alike: status, body and headers (which the application's interceptors and body advice fill
 * with what they read of the handler method), and the same advice of every pointcut kind and the
 * same transactions must run. Then springdoc's {@code /v3/api-docs}, Micrometer's {@code @Timed},
 * {@code @Counted} and {@code @Observed} meters and Spring Security's authorization counts must be
 * equal too.
 *
 * <p>What still differs is listed in {@link #KNOWN}, each with the reason no decorator can remove
 * it, and docs/spring.md lists the same with the workaround. Each must still show, so that the list
 * stays true.
 */
class TransparencyTest {
  private static final String OWN_CLASS_ANNOTATION = "class annotation @SwappedIn, not @Instrumented";
  private static final String INHERITED = " for a handler method inherited from a superclass";

  private static final String WITHIN_INHERITED =
      "@within() matches the annotations of the class that declares the method: for a method the"
          + " controller inherits, the superclass's on the original, the decorator's, which repeats"
          + " the controller's, on its override";

  private static final Map<String, String> KNOWN =
      Map.of(
          "header x-handler-names",
          "HandlerMethod.getBeanType() is the bean's class, the decorator, and getMethod() is the"
              + " decorator's override",
          OWN_CLASS_ANNOTATION,
          "the decorator carries instrumentator's @SwappedIn, which keeps component scanning from"
              + " making it a second bean, and not @Instrumented, which would have the processor"
              + " decorate it",
          "advice within(BookController)",
          "AspectJ's within() matches the class that declares the method, and the override is"
              + " declared by the decorator; within(BookController+) matches both",
          "advice @within(RestController)" + INHERITED,
          WITHIN_INHERITED,
          "advice @within(Audited)" + INHERITED,
          WITHIN_INHERITED,
          "header x-validation-codes",
          "Spring names a method-validation error's most specific code after the bean's class",
          "/actuator/mappings",
          "actuator names each handler method after the bean's class");

  private record Caller(String name, String user, String password) {}

  private static final List<Caller> CALLERS =
      List.of(
          new Caller("no user", null, null),
          new Caller("a wrong password", "admin", "guess"),
          new Caller("reader", "reader", SecurityConfiguration.PASSWORD),
          new Caller("admin", "admin", SecurityConfiguration.PASSWORD));

  /**
   * A request.
   *
   * @param inherited whether it reaches a handler method the controller inherits from a superclass
   */
  private record Probe(
      String method, String path, String body, Map<String, String> headers, boolean inherited) {
    Probe(String method, String path, String body, Map<String, String> headers) {
      this(method, path, body, headers, false);
    }

    static Probe get(String path) {
      return new Probe("GET", path, null, Map.of());
    }

    static Probe getInherited(String path) {
      return new Probe("GET", path, null, Map.of(), true);
    }

    @Override
    public String toString() {
      return method + " " + path + (headers.isEmpty() ? "" : " " + headers.keySet());
    }
  }

  private static final List<Probe> PROBES =
      List.of(
          Probe.get("/books/1"),
          Probe.get("/books/2"),
          Probe.get("/books/1/model"),
          Probe.get("/books/named/public"),
          Probe.get("/books/named/secret"),
          Probe.get("/books/owned/reader"),
          Probe.get("/books/owned/admin"),
          Probe.get("/books/titled/public"),
          Probe.get("/books/titled/secret"),
          Probe.get("/books/compiled/public"),
          Probe.get("/books/compiled/secret"),
          Probe.get("/books/1/private"),
          Probe.get("/books/2/private"),
          new Probe("DELETE", "/books/1", null, Map.of()),
          new Probe("PUT", "/books/1", "New title", Map.of()),
          Probe.get("/books/raw"),
          new Probe(
              "GET", "/books/raw", null, Map.of(ApiKeyInterceptor.HEADER, ApiKeyInterceptor.KEY)),
          Probe.get("/books/timed"),
          Probe.get("/books/counted"),
          Probe.get("/books/observed"),
          Probe.get("/books/range?n=0"),
          Probe.get("/books/range?n=5"),
          Probe.get("/books/range?n=five"),
          Probe.get("/books/legacy/1"),
          new Probe("POST", "/books/1", "?", Map.of()),
          new Probe("POST", "/orders", "tea", Map.of()),
          new Probe("POST", "/orders/out-of-stock", "tea", Map.of()),
          Probe.get("/orders"),
          Probe.get("/reports/2026"),
          Probe.get("/ledger/reader"),
          Probe.get("/ledger/admin"),
          Probe.getInherited("/catalog/open"),
          Probe.getInherited("/catalog/hidden"),
          Probe.get("/nowhere"));

  private static final String CLASS_ANNOTATIONS = "x-handler-class-annotations";

  /** Headers that differ between any two servers. */
  private static final Set<String> UNCOMPARED = Set.of("date", "keep-alive", "connection");

  private static App instrumented;
  private static App plain;

  @BeforeAll
  static void start() {
    // Every option that acts on a request on, so that none of them changes what is seen either.
    instrumented =
        App.start(
            EcosystemApplication.class,
            "instrumentator.sizes=true",
            "instrumentator.in-progress=true",
            "instrumentator.exclude-streaming-duration=true");
    plain = App.start(EcosystemApplication.class, "instrumentator.enabled=false");
  }

  @AfterAll
  static void stop() {
    instrumented.close();
    plain.close();
  }

  @Test
  void everythingSeenOfTheInstrumentedApplicationIsSeenOfThePlainOne() {
    assertServed();
    Http withDecorators = instrumented.http();
    Http without = plain.http();
    Differences differences = new Differences();
    Set<Integer> statuses = new TreeSet<>();
    int cases = 0;

    for (Probe probe : PROBES) {
      for (Caller caller : CALLERS) {
        cases++;
        String what = probe + " as " + caller.name();
        Map<String, Integer> callsBefore = calls(instrumented);
        Map<String, Integer> plainCallsBefore = calls(plain);
        HttpResponse<String> wanted = send(without, probe, caller);
        HttpResponse<String> got = send(withDecorators, probe, caller);
        statuses.add(wanted.statusCode());
        if (wanted.statusCode() != got.statusCode()) {
          differences.add("status", what, wanted.statusCode() + " without, " + got.statusCode() + " with");
        }
        if (!comparable(wanted.body(), plain).equals(comparable(got.body(), instrumented))) {
          differences.add("body", what, wanted.body() + " without, " + got.body() + " with");
        }
        compare(
            "header ",
            "",
            what,
            withoutOwnClassAnnotation(headers(wanted, plain), "Instrumented"),
            withoutOwnClassAnnotation(headers(got, instrumented), "SwappedIn"),
            differences);
        if (got.headers().firstValue(CLASS_ANNOTATIONS).orElse("").contains("SwappedIn")) {
          differences.add(OWN_CLASS_ANNOTATION, what, "");
        }
        compare(
            "advice ",
            probe.inherited() ? INHERITED : "",
            what,
            added(plainCallsBefore, calls(plain)),
            added(callsBefore, calls(instrumented)),
            differences);
      }
    }

    assertTimed(withDecorators, without);

    cases++;
    if (!comparable(without.get("/v3/api-docs").body(), plain)
        .equals(comparable(withDecorators.get("/v3/api-docs").body(), instrumented))) {
      differences.add("/v3/api-docs", "springdoc", withDecorators.get("/v3/api-docs").body());
    }
    cases++;
    if (!without.get("/actuator/mappings").body().equals(withDecorators.get("/actuator/mappings").body())) {
      differences.add("/actuator/mappings", "actuator", "");
    }
    cases++;
    compareMeters(without, withDecorators, differences);

    System.out.printf(
        "Spring ecosystem, instrumented against plain: %d cases, %d differences; %d known,"
            + " named in TransparencyTest.KNOWN: %s%n",
        cases, differences.unexpected().size(), differences.known().size(), differences.known());
    assertEquals(
        "", differences.describeUnexpected(), cases + " cases, " + differences.unexpected().size() + " differences");
    assertEquals(KNOWN.keySet(), differences.known(), "a known difference no longer shows: update KNOWN and docs/spring.md");
    // The corpus reaches every outcome, so that equal answers mean something.
    assertTrue(
        statuses.containsAll(Set.of(200, 201, 204, 400, 401, 403, 404, 405, 409)), statuses.toString());
  }

  /** The instrumented application serves every controller through its decorator, the other none. */
  private static void assertServed() {
    for (Class<?> controller :
        List.of(
            BookController.class,
            OrderController.class,
            ReportController.class,
            LedgerController.class,
            CatalogController.class)) {
      Class<?> served = ClassUtils.getUserClass(instrumented.context().getBean(controller));
      assertEquals(DecoratorName.of(controller.getName()), served.getName());
      assertEquals(controller, ClassUtils.getUserClass(plain.context().getBean(controller)));
    }
  }

  /**
   * Meanwhile the instrumented application timed the requests of every controller but those of a
   * {@code @DoNotTrack} method, and the other none.
   */
  private static void assertTimed(Http withDecorators, Http without) {
    Set<String> handlers =
        withDecorators.counts().keySet().stream()
            .map(labels -> labels.get("handler"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(
        handlers.containsAll(
            Set.of(
                "/books/{id}",
                "/books/named/{name}",
                "/orders",
                "/reports/{year}",
                "/ledger/{account}",
                "/catalog/{section}")),
        handlers.toString());
    assertFalse(handlers.contains("/books/legacy/{id}"), handlers.toString());
    assertEquals(Map.of(), without.counts());
  }

  private static HttpResponse<String> send(Http http, Probe probe, Caller caller) {
    return http.send(
        probe.method(), probe.path(), caller.user(), probe.body(), caller.password(), probe.headers());
  }

  private static Map<String, Integer> calls(App app) {
    return app.context().getBean(Calls.class).snapshot();
  }

  /** What {@code after} counts more than {@code before}. */
  private static Map<String, Integer> added(Map<String, Integer> before, Map<String, Integer> after) {
    Map<String, Integer> added = new TreeMap<>();
    after.forEach(
        (what, count) -> {
          int more = count - before.getOrDefault(what, 0);
          if (more != 0) {
            added.put(what, more);
          }
        });
    return added;
  }

  private static Map<String, String> headers(HttpResponse<String> response, App app) {
    Map<String, String> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lowerCase = name.toLowerCase(java.util.Locale.ROOT);
              if (!UNCOMPARED.contains(lowerCase)) {
                headers.put(lowerCase, comparable(String.join(", ", values), app));
              }
            });
    return headers;
  }

  /** What the bean's class carries, but for {@code annotation}, instrumentator's own. */
  private static Map<String, String> withoutOwnClassAnnotation(
      Map<String, String> headers, String annotation) {
    Map<String, String> without = new TreeMap<>(headers);
    without.computeIfPresent(
        CLASS_ANNOTATIONS,
        (name, annotations) ->
            annotations.replaceAll("\\b" + annotation + "\\b,?", "").replace(",]", "]"));
    return without;
  }

  private static void compare(
      String kind,
      String qualifier,
      String what,
      Map<String, ?> wanted,
      Map<String, ?> got,
      Differences differences) {
    Set<String> keys = new TreeSet<>(wanted.keySet());
    keys.addAll(got.keySet());
    for (String key : keys) {
      Object without = wanted.get(key);
      Object with = got.get(key);
      if (without == null ? with != null : !without.equals(with)) {
        differences.add(kind + key + qualifier, what, without + " without, " + with + " with");
      }
    }
  }

  /**
   * The meters of Micrometer's annotations ({@code books.*}) and Spring Security's authorization
   * counts: equal, but for the class tag that Micrometer takes from the class declaring the method.
   */
  private static void compareMeters(Http without, Http withDecorators, Differences differences) {
    Set<String> wanted = meters(without);
    Set<String> got = meters(withDecorators);
    for (String family : List.of("books_timed", "books_counted", "books_observed")) {
      assertTrue(wanted.stream().anyMatch(line -> line.startsWith(family)), family + " in " + wanted);
    }
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(got);
    Set<String> added = new TreeSet<>(got);
    added.removeAll(wanted);
    if (!missing.isEmpty() || !added.isEmpty()) {
      differences.add("meters", "Micrometer", missing + " without, " + added + " with");
    }
  }

  private static Set<String> meters(Http http) {
    return Arrays.stream(http.get(Http.ACTUATOR_PROMETHEUS).body().split("\n"))
        .filter(line -> line.startsWith("books_") || line.startsWith("spring_security_authorizations"))
        .filter(line -> line.contains("_count{") || line.contains("_total{"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Error bodies carry the time they were written; links, the port of their server; cookies, a
   * session of that server.
   */
  private static String comparable(String text, App app) {
    return text.replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"...\"")
        .replaceAll("JSESSIONID=\\w+", "JSESSIONID=...")
        .replace(app.http().hostAndPort(), "127.0.0.1:PORT");
  }

  /** The differences found, by kind: those {@link #KNOWN}, and the others. */
  private static final class Differences {
    private final Map<String, List<String>> unexpected = new LinkedHashMap<>();
    private final Set<String> known = new TreeSet<>();

    void add(String kind, String what, String detail) {
      if (KNOWN.containsKey(kind)) {
        known.add(kind);
      } else {
        String described = what + ": " + detail;
        unexpected
            .computeIfAbsent(kind, k -> new ArrayList<>())
            .add(described.length() > 600 ? described.substring(0, 600) + "..." : described);
      }
    }

    Map<String, List<String>> unexpected() {
      return unexpected;
    }

    /** Each kind of difference, how many cases show it, and the first two. */
    String describeUnexpected() {
      StringBuilder described = new StringBuilder();
      unexpected.forEach(
          (kind, cases) ->
              described
                  .append(kind).append(", ").append(cases.size()).append(" cases, such as\n  ")
                  .append(String.join("\n  ", cases.subList(0, Math.min(2, cases.size()))))
                  .append('\n'));
      return described.toString();
    }

    Set<String> known() {
      return known;
    }
  }
}
