package dev.instrumentator.runtime.testing;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A scrape in the Prometheus text format, parsed into samples, so that tests assert on what a
 * Prometheus server would read. Strict: a line it cannot parse fails the test.
 */
public final class Scrape {
  /** One sample line: {@code name{label="value",...} value}. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;

  private Scrape(List<Sample> samples) {
    this.samples = samples;
  }

  /** Scrapes {@code registry} through the text format writer a /metrics endpoint uses. */
  public static Scrape of(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  /**
   * Scrapes until {@code requests} requests are counted, for at most 5 s. A companion records a
   * request once its response is complete, which can be a moment after the client has read it.
   */
  public static Scrape awaitCounted(Supplier<Scrape> scraper, int requests) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    Scrape scrape = scraper.get();
    while (scrape.counted() < requests && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      scrape = scraper.get();
    }
    return scrape;
  }

  /**
   * What {@code requests} more requests than {@code before} added to the request-duration
   * histogram's counts, by label set, once {@code scraper} shows them all counted; label sets they
   * did not add to are left out.
   */
  public static Map<Map<String, String>, Double> countsAdded(
      Supplier<Scrape> scraper, Map<Map<String, String>, Double> before, int requests) {
    String histogram = "http_request_duration_seconds";
    double total = before.values().stream().mapToDouble(Double::doubleValue).sum() + requests;
    Map<Map<String, String>, Double> after =
        awaitCounted(() -> scraper.get().only(histogram), (int) total).series(histogram + "_count");
    Map<Map<String, String>, Double> added = new LinkedHashMap<>();
    after.forEach(
        (labels, count) -> {
          double more = count - before.getOrDefault(labels, 0.0);
          if (more != 0) {
            added.put(labels, more);
          }
        });
    return added;
  }

  /**
   * {@code counts} by label set written out, in one order: compared so, two sets of counts that
   * differ show the difference as one line.
   */
  public static Map<String, Double> sorted(Map<Map<String, String>, Double> counts) {
    Map<String, Double> byLabels = new TreeMap<>();
    counts.forEach((labels, count) -> byLabels.put(new TreeMap<>(labels).toString(), count));
    return byLabels;
  }

  /** The requests counted: the sum of every {@code _count} sample. */
  public double counted() {
    return samples.stream()
        .filter(sample -> sample.name().endsWith("_count"))
        .mapToDouble(Sample::value)
        .sum();
  }

  public static Scrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        samples.add(parseLine(line));
      }
    }
    return new Scrape(samples);
  }

  /**
   * The samples of one metric ({@code name}, {@code name_count}, {@code name_bucket}...): what a
   * scrape of a registry that holds other metrics too says of it.
   */
  public Scrape only(String metricName) {
    return new Scrape(
        samples.stream()
            .filter(
                sample ->
                    sample.name().equals(metricName)
                        || (sample.name().startsWith(metricName + "_")
                            && !sample.name().substring(metricName.length() + 1).contains("_")))
            .toList());
  }

  public List<Sample> samples() {
    return samples;
  }

  /** Every series of {@code name}: its labels and their value. */
  public Map<Map<String, String>, Double> series(String name) {
    Map<Map<String, String>, Double> series = new LinkedHashMap<>();
    for (Sample sample : samples) {
      if (sample.name().equals(name) && series.put(sample.labels(), sample.value()) != null) {
        throw new AssertionError("series " + name + sample.labels() + " appears twice");
      }
    }
    return series;
  }

  /** The value of the one series of {@code name} with exactly these labels. */
  public double value(String name, Map<String, String> labels) {
    Double value = series(name).get(labels);
    if (value == null) {
      throw new AssertionError("no series " + name + labels + " in " + series(name).keySet());
    }
    return value;
  }

  /** {@code labels("method", "GET", "status", "2xx")}: a label map in the given order. */
  public static Map<String, String> labels(String... namesAndValues) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      labels.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return labels;
  }

  private static Sample parseLine(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
      i++;
    }
    String name = line.substring(0, i);
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < line.length() && line.charAt(i) == '{') {
      i++;
      while (line.charAt(i) != '}') {
        int equals = line.indexOf('=', i);
        String label = line.substring(i, equals);
        StringBuilder value = new StringBuilder();
        int j = equals + 2; // past ="
        for (; line.charAt(j) != '"'; j++) {
          char c = line.charAt(j);
          if (c == '\\') {
            char escaped = line.charAt(++j);
            value.append(escaped == 'n' ? '\n' : escaped);
          } else {
            value.append(c);
          }
        }
        labels.put(label, value.toString());
        i = j + 1;
        if (line.charAt(i) == ',') {
          i++;
        }
      }
      i++;
    }
    String[] rest = line.substring(i).trim().split(" ");
    return new Sample(name, labels, parseValue(rest[0], line));
  }

  private static double parseValue(String value, String line) {
    switch (value) {
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new AssertionError("cannot parse the value of: " + line, e);
        }
    }
  }
}
