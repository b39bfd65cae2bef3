package dev.instrumentator.example.springjersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.spring.testing.App;
import dev.instrumentator.spring.testing.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Jersey application inside a Spring Boot servlet chain, both companions present: a request
 * Jersey serves counts once, under its JAX-RS template (Jersey's companion claims it from the
 * servlet filter); one the DispatcherServlet serves, once, under its Spring MVC pattern; an
 * unknown path, once, as untemplated, by whichever servlet answered it.
 */
class EachRequestOnceTest {
  private record Probe(String path, String handler, String status) {}

  private static final List<Probe> PROBES =
      List.of(
          new Probe("/jaxrs/books/1", "/books/{isbn}", "2xx"),
          new Probe("/jaxrs/books/missing", "/books/{isbn}", "4xx"),
          new Probe("/jaxrs/nowhere", "none", "4xx"),
          new Probe("/shelves/1", "/shelves/{id}", "2xx"),
          new Probe("/nowhere", "none", "4xx"));

  private static App app;

  @BeforeAll
  static void start() {
    app = App.start(SpringJerseyApplication.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void eachRequestCountsOnceByTheCompanionOfTheFrameworkThatServedIt() {
    Http http = app.http();
    List<String> miscounted = new ArrayList<>();
    for (Probe probe : PROBES) {
      Map<Map<String, String>, Double> before = http.counts();
      http.get(probe.path());
      Map<Map<String, String>, Double> expected =
          Map.of(labels("method", "GET", "handler", probe.handler(), "status", probe.status()), 1.0);
      // Two requests' worth, so that a second count of this one would show.
      http.get("/shelves/marker");
      Map<Map<String, String>, Double> counted = new java.util.HashMap<>(http.countsAdded(before, 2));
      counted.merge(labels("method", "GET", "handler", "/shelves/{id}", "status", "2xx"), -1.0, Double::sum);
      counted.values().removeIf(count -> count == 0);
      if (!expected.equals(counted)) {
        miscounted.add(probe.path() + ": " + counted + ", not " + expected);
      }
    }
    System.out.printf(
        "Spring MVC and Jersey in one application: %d requests, %d misattributed%n",
        PROBES.size(), miscounted.size());
    assertEquals(List.of(), miscounted);
  }
}
