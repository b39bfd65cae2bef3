package dev.instrumentator.runtime.testing;

import dev.instrumentator.runtime.RequestListener.RecordedRequest;

/** What a listener heard, as one line a test compares: {@code method handler status in out}. */
public final class RequestLines {
  private RequestLines() {}

  public static String withSizes(RecordedRequest request) {
    return request.method() + " " + request.handler() + " " + request.status() + " "
        + request.requestBytes() + " " + request.responseBytes();
  }
}
