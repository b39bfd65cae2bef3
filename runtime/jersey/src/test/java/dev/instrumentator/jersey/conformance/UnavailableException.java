package dev.instrumentator.jersey.conformance;

/** Answered 503 by {@link ConformanceResource.UnavailableMapper}. */
public class UnavailableException extends RuntimeException {
  public UnavailableException() {
    super("unavailable");
  }
}
