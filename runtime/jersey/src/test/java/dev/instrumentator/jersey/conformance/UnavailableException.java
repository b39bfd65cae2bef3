package dev.instrumentator.jersey.conformance;

/** Answered 503 by {@link ConformanceResource.UnavailableMapper}. */
public class UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnavailableException() {
    super("unavailable");
  }
}
