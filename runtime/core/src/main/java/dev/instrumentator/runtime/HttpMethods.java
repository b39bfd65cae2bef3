package dev.instrumentator.runtime;

/**
 * The method label of a request whose method the client chose: the standard methods as they are,
 * anything else as {@code _OTHER}, as OpenTelemetry's HTTP conventions do, so that a client cannot
 * make up label values.
 */
final class HttpMethods {
  static final String OTHER = "_OTHER";

  private HttpMethods() {}

  static String label(String method) {
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
