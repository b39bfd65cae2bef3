package dev.instrumentator.runtime.internal;

/**
 * The route template a handler label shows: single slashes, a leading slash, no trailing slash
 * except for the root {@code /}, and path parameters without their regular expressions ({@code
 * {id: [0-9]+}} becomes {@code {id}}). The processor normalises the templates it reads from
 * {@code @Path} with it at compile time, and the JAX-RS companion the templates Jersey matched, so
 * that both name a route alike.
 */
public final class RouteTemplate {
  private RouteTemplate() {}

  /** The template of a method {@code @Path} (may be empty) under its class {@code @Path}. */
  public static String join(String classPath, String methodPath) {
    return normalize(classPath + "/" + methodPath);
  }

  /** {@code path}, one or more {@code @Path} values joined by slashes, normalised. */
  public static String normalize(String path) {
    StringBuilder normalized = new StringBuilder(path.length() + 1);
    String withoutRegexes = withoutRegexes(path);
    for (String segment : withoutRegexes.split("/")) {
      if (!segment.isEmpty()) {
        normalized.append('/').append(segment);
      }
    }
    return normalized.length() == 0 ? "/" : normalized.toString();
  }

  /**
   * {@code path} with single slashes, a leading slash and no trailing one (except for the root
   * {@code /}), its parameters' regular expressions kept as written: the route as the framework
   * declares it, which OpenTelemetry's {@code http.route} records. A slash inside a regular
   * expression ({@code {path: .+/.+}}) is left as it is.
   */
  public static String tidy(String path) {
    StringBuilder tidied = new StringBuilder(path.length() + 1);
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      boolean separator = c == '/' && depth == 0;
      if (separator && tidied.length() > 0 && tidied.charAt(tidied.length() - 1) == '/') {
        continue;
      }
      if (tidied.length() == 0 && !separator) {
        tidied.append('/');
      }
      tidied.append(c);
    }
    if (tidied.length() > 1 && tidied.charAt(tidied.length() - 1) == '/' && depth == 0) {
      tidied.setLength(tidied.length() - 1);
    }
    return tidied.length() == 0 ? "/" : tidied.toString();
  }

  /**
   * Drops the regular expression of each parameter. Braces are counted, because a regular
   * expression may hold braces ({@code {code: [A-Z]{3}}}) and slashes ({@code {path: .+/.+}}).
   */
  private static String withoutRegexes(String path) {
    StringBuilder result = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c != '{') {
        result.append(c);
        i++;
        continue;
      }
      int close = closingBrace(path, i);
      if (close < 0) {
        // Unbalanced: JAX-RS rejects the template; keep it as written.
        result.append(path, i, path.length());
        break;
      }
      String parameter = path.substring(i + 1, close);
      int colon = parameter.indexOf(':');
      String name = colon < 0 ? parameter : parameter.substring(0, colon);
      result.append('{').append(name.strip()).append('}');
      i = close + 1;
    }
    return result.toString();
  }

  private static int closingBrace(String path, int open) {
    int depth = 0;
    for (int i = open; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
