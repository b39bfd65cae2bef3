package dev.instrumentator.runtime.testing;

import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a scrape of {@code http.server.request.duration} against OpenTelemetry's HTTP semantic
 * conventions (stable since v1.23) and against the requests a corpus sent: every series obeys the
 * rules of each attribute, and each request counts once, with the attributes it should have.
 *
 * <p>The rules: {@code http.request.method} a known method or {@code _OTHER}; {@code
 * url.scheme} http or https; {@code http.response.status_code} the exact status sent; {@code
 * http.route} only when the request matched a template, never a raw path, {@code none}, {@code
 * UNKNOWN} or {@code NOT_FOUND}; {@code error.type} on a 5xx alone, the status or an exception's
 * class name; no other attribute.
 */
public final class OtelConformance {
  public static final String COUNT = "http_server_request_duration_seconds_count";

  private static final String METHOD = "http_request_method";
  private static final String ROUTE = "http_route";
  private static final String STATUS = "http_response_status_code";
  private static final String SCHEME = "url_scheme";
  private static final String ERROR_TYPE = "error_type";
  private static final Set<String> ATTRIBUTES = Set.of(METHOD, ROUTE, STATUS, SCHEME, ERROR_TYPE);
  private static final Set<String> NOT_ROUTES = Set.of("", "none", "UNKNOWN", "NOT_FOUND", "root");
  private static final Pattern STATUS_CODE = Pattern.compile("[1-5][0-9][0-9]");
  private static final Pattern CLASS_NAME =
      Pattern.compile("([a-zA-Z_$][a-zA-Z0-9_$]*\\.)+[a-zA-Z_$][a-zA-Z0-9_$]*");

  private OtelConformance() {}

  /**
   * One request of the corpus, and what it must count as.
   *
   * @param user who sends it: null for no one, else a user name the application knows
   * @param status the status the client must receive
   * @param route the {@code http.route} it must count under, or null for none
   * @param errorType its {@code error.type}, or null for none
   */
  public record Case(
      String what, String method, String path, String user, int status, String route, String errorType) {

    /** The attributes it must count under. */
    public Map<String, String> attributes(String scheme) {
      Map<String, String> attributes = new HashMap<>();
      attributes.put(
          METHOD,
          OpenTelemetryMetrics.DEFAULT_KNOWN_METHODS.contains(method) ? method : OpenTelemetryMetrics.OTHER);
      attributes.put(STATUS, Integer.toString(status));
      attributes.put(SCHEME, scheme);
      if (route != null) {
        attributes.put(ROUTE, route);
      }
      if (errorType != null) {
        attributes.put(ERROR_TYPE, errorType);
      }
      return attributes;
    }
  }

  /**
   * The violations of the scrape: of the conventions' rules by any series, and of the corpus by
   * a request that did not count once with its attributes.
   *
   * @param statuses the status each case received, in order
   */
  public static List<String> violations(
      Scrape scrape, List<Case> cases, List<Integer> statuses, String scheme) {
    List<String> violations = new ArrayList<>();
    Map<Map<String, String>, Double> series = scrape.series(COUNT);
    for (Map<String, String> labels : series.keySet()) {
      violations.addAll(ruleViolations(labels, cases));
    }
    Map<Map<String, String>, Double> expected = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      Case sent = cases.get(i);
      if (statuses.get(i) != sent.status()) {
        violations.add(sent.what() + ": the client received " + statuses.get(i) + ", not " + sent.status());
      }
      expected.merge(sent.attributes(scheme), 1.0, Double::sum);
    }
    for (Map.Entry<Map<String, String>, Double> entry : expected.entrySet()) {
      double counted = series.getOrDefault(entry.getKey(), 0.0);
      if (counted != entry.getValue()) {
        violations.add(entry.getKey() + " counted " + counted + " times, not " + entry.getValue());
      }
    }
    for (Map.Entry<Map<String, String>, Double> entry : series.entrySet()) {
      if (!expected.containsKey(entry.getKey())) {
        violations.add(entry.getKey() + " counted " + entry.getValue() + " times, no request's");
      }
    }
    return violations;
  }

  /** What one series breaks of the conventions' rules. */
  public static List<String> ruleViolations(Map<String, String> labels, List<Case> cases) {
    List<String> broken = new ArrayList<>();
    for (String name : labels.keySet()) {
      if (!ATTRIBUTES.contains(name)) {
        broken.add(labels + ": " + name + " is no attribute of http.server.request.duration");
      }
    }
    String method = labels.get(METHOD);
    if (method == null
        || !(OpenTelemetryMetrics.DEFAULT_KNOWN_METHODS.contains(method)
            || method.equals(OpenTelemetryMetrics.OTHER))) {
      broken.add(labels + ": http.request.method must be a known method or _OTHER");
    }
    String scheme = labels.get(SCHEME);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      broken.add(labels + ": url.scheme must be http or https");
    }
    String status = labels.get(STATUS);
    if (status == null || !STATUS_CODE.matcher(status).matches()) {
      broken.add(labels + ": http.response.status_code must be the exact status");
      return broken;
    }
    String route = labels.get(ROUTE);
    if (route != null) {
      if (NOT_ROUTES.contains(route) || !route.startsWith("/")) {
        broken.add(labels + ": http.route must be a template, or absent");
      }
      for (Case sent : cases) {
        if (sent.route() == null && sent.path().equals(route) && !route.contains("{")) {
          broken.add(labels + ": http.route is the raw path of an untemplated request");
        }
      }
    }
    String errorType = labels.get(ERROR_TYPE);
    boolean error = Integer.parseInt(status) >= 500;
    if (error && errorType == null) {
      broken.add(labels + ": a 5xx must have error.type");
    }
    if (!error && errorType != null) {
      broken.add(labels + ": error.type must be absent unless the request ended in error");
    }
    if (errorType != null
        && !errorType.equals(status)
        && !errorType.equals(OpenTelemetryMetrics.OTHER)
        && !CLASS_NAME.matcher(errorType).matches()) {
      broken.add(labels + ": error.type must be the status or an exception's class name");
    }
    return broken;
  }
}
