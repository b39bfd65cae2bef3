package dev.instrumentator.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.runtime.HttpMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata that IDEs complete {@code instrumentator.*} from, as Spring Boot's
 * configuration processor wrote it into the jar: a property for every option of {@code
 * HttpMetrics}, each described, with the defaults {@code HttpMetrics} has.
 */
class ConfigurationMetadataTest {
  private static final Pattern PROPERTY =
      Pattern.compile("\\{[^{}]*\"name\": \"(instrumentator\\.[^\"]+)\"[^{}]*\\}");
  private static final Pattern DEFAULT = Pattern.compile("\"defaultValue\": (\"[^\"]*\"|[^,\\s}]+)");

  @Test
  void everyOptionOfHttpMetricsIsADescribedProperty() throws IOException {
    Map<String, String> metadata = properties();
    Set<String> missing = new TreeSet<>();
    for (Method option : HttpMetrics.Builder.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(option.getModifiers())
          || option.getReturnType() != HttpMetrics.Builder.class
          || option.getName().equals("listeners")) { // RequestListener beans
        continue;
      }
      String property = "instrumentator." + kebab(option.getName());
      if (option.getName().equals("labelNames")) {
        for (String label : new String[] {"method", "handler", "status"}) {
          if (!metadata.containsKey(property + "." + label)) {
            missing.add(property + "." + label);
          }
        }
      } else if (!metadata.containsKey(property)) {
        missing.add(property);
      }
    }
    assertEquals(Set.of(), missing);
    assertTrue(metadata.keySet().containsAll(Set.of(
        "instrumentator.enabled",
        "instrumentator.metrics-endpoint.enabled",
        "instrumentator.metrics-endpoint.path",
        "instrumentator.filter-order")));
  }

  @Test
  void theDefaultsAreThoseOfHttpMetrics() throws IOException {
    Map<String, String> defaults = new HashMap<>();
    String json = metadataJson();
    Matcher property = PROPERTY.matcher(json);
    while (property.find()) {
      Matcher value = DEFAULT.matcher(property.group());
      if (value.find()) {
        defaults.put(property.group(1), value.group(1));
      }
    }

    assertEquals("true", defaults.get("instrumentator.enabled"));
    assertEquals("true", defaults.get("instrumentator.group-status-codes"));
    assertEquals("false", defaults.get("instrumentator.ignore-untemplated"));
    assertEquals("true", defaults.get("instrumentator.group-untemplated"));
    assertEquals("false", defaults.get("instrumentator.round-latency"));
    assertEquals(
        String.valueOf(HttpMetrics.DEFAULT_ROUND_LATENCY_DECIMALS),
        defaults.get("instrumentator.round-latency-decimals"));
    assertEquals(
        "[\"" + HttpMetrics.DEFAULT_EXCLUDED_HANDLER + "\"]",
        json.replaceAll("\\s", "")
            .replaceAll(".*\"name\":\"instrumentator.excluded-handlers\"[^{}]*\"defaultValue\":(\\[[^]]*]).*", "$1"));
    assertEquals(
        '"' + HttpMetrics.DEFAULT_METRIC_NAME + '"', defaults.get("instrumentator.metric-name"));
    assertEquals(
        '"' + HttpMetrics.DEFAULT_METHOD_LABEL + '"',
        defaults.get("instrumentator.label-names.method"));
    assertEquals(
        '"' + HttpMetrics.DEFAULT_HANDLER_LABEL + '"',
        defaults.get("instrumentator.label-names.handler"));
    assertEquals(
        '"' + HttpMetrics.DEFAULT_STATUS_LABEL + '"',
        defaults.get("instrumentator.label-names.status"));
    assertEquals(
        String.valueOf(HttpMetrics.DEFAULT_UNTEMPLATED_PATH_LIMIT),
        defaults.get("instrumentator.untemplated-path-limit"));
    assertEquals("false", defaults.get("instrumentator.native-histograms"));
  }

  /** Each property's name, with its description. */
  private static Map<String, String> properties() throws IOException {
    Map<String, String> described = new HashMap<>();
    Matcher property = PROPERTY.matcher(metadataJson());
    while (property.find()) {
      assertTrue(property.group().contains("\"description\": \""), property.group());
      described.put(property.group(1), property.group());
    }
    return described;
  }

  /** The "properties" of the metadata (not its "groups"), with JSON's {@code \/} unescaped. */
  private static String metadataJson() throws IOException {
    try (InputStream in =
        InstrumentatorProperties.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.substring(json.indexOf("\"properties\"")).replace("\\/", "/");
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
