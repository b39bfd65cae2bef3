package dev.instrumentator.runtime.spi;

import dev.instrumentator.runtime.RequestListener;

/** How framework companions measure the sizes of bodies, alike for every framework. */
public final class BodySizes {
  private BodySizes() {}

  /**
   * A request body's size from its headers: its {@code Content-Length}; else, with no {@code
   * Transfer-Encoding} either, 0, as HTTP/1.1 then has no body; else (chunked) not known.
   *
   * @param contentLength the {@code Content-Length}, or a negative number when there is none
   * @param transferEncoding the {@code Transfer-Encoding} header, or null
   */
  public static long requestBytes(long contentLength, String transferEncoding) {
    if (contentLength >= 0) {
      return contentLength;
    }
    return transferEncoding == null ? 0 : RequestListener.UNKNOWN_SIZE;
  }
}
