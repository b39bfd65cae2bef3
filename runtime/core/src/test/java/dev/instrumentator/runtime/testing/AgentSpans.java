package dev.instrumentator.runtime.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application run under the OpenTelemetry Java agent, whose logging exporter prints each span
 * as it ends: the JVM arguments for that, and what the printed spans say.
 */
public final class AgentSpans {
  /** A server span as the logging exporter prints it: trace id, span id, then attributes. */
  private static final Pattern SERVER_SPAN =
      Pattern.compile("LoggingSpanExporter - '[^']*' : ([0-9a-f]{32}) ([0-9a-f]{16}) SERVER ");

  private AgentSpans() {}

  /** Where the examples' {@code prometheus} profile copies the agent. */
  public static final Path AGENT = Path.of("target", "agent", "opentelemetry-javaagent.jar");

  /** The JVM arguments that run an application under the agent, printing spans, exporting nothing. */
  public static List<String> jvmArguments() {
    return List.of(
        "-javaagent:" + AGENT,
        "-Dotel.traces.exporter=logging",
        "-Dotel.metrics.exporter=none",
        "-Dotel.logs.exporter=none");
  }

  /**
   * Span id to trace id, of each server span in {@code output} that ended with the attribute
   * {@code exemplar=true}, which prometheus-metrics sets on a span when it takes its exemplar.
   */
  public static Map<String, String> serverSpansMarkedAsExemplars(String output) {
    return serverSpans(output, true);
  }

  /** Span id to trace id, of each server span in {@code output}, marked or not. */
  public static Map<String, String> serverSpans(String output) {
    return serverSpans(output, false);
  }

  private static Map<String, String> serverSpans(String output, boolean markedOnly) {
    Map<String, String> spans = new HashMap<>();
    for (String line : output.split("\n")) {
      Matcher span = SERVER_SPAN.matcher(line);
      if (span.find() && (!markedOnly || line.contains("exemplar=true"))) {
        spans.put(span.group(2), span.group(1));
      }
    }
    return spans;
  }
}
