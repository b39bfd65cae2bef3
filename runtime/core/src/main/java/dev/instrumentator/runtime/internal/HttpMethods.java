package dev.instrumentator.runtime.internal;

/**
 * The method label of a request whose method the client chose: the standard methods as they are,
 * anything else as {@code _OTHER}, as OpenTelemetry's HTTP conventions do, so that a client cannot
 * make up label values. Framework companions label with it too, and may key what they keep per
 * method by it: its values are bounded.
 */
public final class HttpMethods {
  public static final String OTHER = "_OTHER";

  private HttpMethods() {}

  public static String label(String method) {
    if (method == null) {
      return OTHER;
    }
    switch (method) {
      case "GET":
      case "HEAD":
      case "POST":
      case "PUT":
      case "DELETE":
      case "PATCH":
      case "OPTIONS":
      case "TRACE":
      case "CONNECT":
        return method;
      default:
        return OTHER;
    }
  }
}
