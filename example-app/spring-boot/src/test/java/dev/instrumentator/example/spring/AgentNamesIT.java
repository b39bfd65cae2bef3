package dev.instrumentator.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.testing.AgentSpans;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.testing.Http;
import dev.instrumentator.spring.testing.PackagedApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry dialect's names and attributes against what the OpenTelemetry Java agent
 * exports for the same requests: the packaged app runs under the agent with its Prometheus
 * exporter on, and with instrumentator in both dialects; for each request, the agent's series of
 * {@code http_server_request_duration_seconds} and instrumentator's share the metric's name, and
 * every attribute instrumentator records the agent records with the same value. The agent's
 * series and ours are written to {@code target/agent-names.md}.
 */
@Tag("prometheus")
class AgentNamesIT {
  private static final String COUNT = "http_server_request_duration_seconds_count";

  @Test
  void theAgentExportsTheSameNameAndAttributes() throws Exception {
    int agentPort = freePort();
    List<String> jvm =
        List.of(
            "-javaagent:" + AgentSpans.AGENT,
            "-Dotel.traces.exporter=none",
            "-Dotel.logs.exporter=none",
            "-Dotel.metrics.exporter=prometheus",
            "-Dotel.exporter.prometheus.host=127.0.0.1",
            "-Dotel.exporter.prometheus.port=" + agentPort);
    Map<String, Integer> requests =
        Map.of(
            "/books/978-0134685991", 200,
            "/books/978-0134685991/similar", 200,
            "/books/nowhere/at/all", 404);
    StringBuilder report = new StringBuilder("| request | the agent's series | instrumentator's |\n|---|---|---|\n");
    try (PackagedApp app =
        PackagedApp.start(BookstoreJarIT.JAR, jvm, "--instrumentator.dialects=prometheus,opentelemetry")) {
      Http http = app.http();
      for (Map.Entry<String, Integer> request : requests.entrySet()) {
        Map<Map<String, String>, Double> agentBefore = agent(agentPort);
        Map<Map<String, String>, Double> oursBefore = ours(http);
        assertEquals(request.getValue(), http.get(request.getKey()).statusCode(), request.getKey());
        Map<String, String> agents = added(() -> agent(agentPort), agentBefore);
        Map<String, String> ours = added(() -> ours(http), oursBefore);
        report.append("| GET ").append(request.getKey()).append(" | ").append(agents)
            .append(" | ").append(ours).append(" |\n");
        for (Map.Entry<String, String> attribute : ours.entrySet()) {
          assertEquals(
              attribute.getValue(),
              agents.get(attribute.getKey()),
              attribute.getKey() + " of GET " + request.getKey() + ": the agent's " + agents
                  + ", ours " + ours);
        }
        Set<String> theAgentsOwn = new HashSet<>(agents.keySet());
        theAgentsOwn.removeAll(ours.keySet());
        // What the agent records that we do not: the recommended and its own, not a required one;
        // and for a request no controller answers, the route of Spring's static-resource
        // handler, which we leave out (docs/dialects.md).
        Set<String> allowed =
            new HashSet<>(Set.of("network_protocol_version", "otel_scope_name", "otel_scope_version",
                "otel_scope_schema_url", "server_address", "server_port"));
        if (request.getValue() == 404) {
          allowed.add("http_route");
        }
        assertTrue(
            allowed.containsAll(theAgentsOwn),
            "GET " + request.getKey() + ": the agent's attributes we lack: " + theAgentsOwn
                + "; the agent's " + agents + ", ours " + ours);
      }
    }
    Files.writeString(Path.of("target", "agent-names.md"), report);
  }

  /** The series a request added: the one whose count went up, polled for at most 10 s. */
  private static Map<String, String> added(
      java.util.function.Supplier<Map<Map<String, String>, Double>> scrape,
      Map<Map<String, String>, Double> before) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (Map.Entry<Map<String, String>, Double> series : scrape.get().entrySet()) {
        if (series.getValue() > before.getOrDefault(series.getKey(), 0.0)) {
          return new TreeMap<>(series.getKey());
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no series of " + COUNT + " went up");
  }

  private static Map<Map<String, String>, Double> ours(Http http) {
    Map<Map<String, String>, Double> series = new java.util.HashMap<>(http.scrape().series(COUNT));
    series.keySet().removeIf(labels -> Http.ACTUATOR_PROMETHEUS.equals(labels.get("http_route")));
    return series;
  }

  private static Map<Map<String, String>, Double> agent(int port) {
    try {
      String text =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                  BodyHandlers.ofString())
              .body();
      Map<Map<String, String>, Double> series =
          new java.util.HashMap<>(Scrape.parse(text).only("http_server_request_duration_seconds").series(COUNT));
      series.keySet().removeIf(labels -> Http.ACTUATOR_PROMETHEUS.equals(labels.get("http_route")));
      return series;
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
