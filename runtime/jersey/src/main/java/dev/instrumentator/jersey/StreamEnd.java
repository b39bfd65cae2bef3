package dev.instrumentator.jersey;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream a {@code ChunkedOutput} writes its chunks to, which tells when the output has ended:
 * when Jersey closes it, as the application closes the output, or when a chunk fails to reach the
 * client (Jersey then closes the output, but may skip closing the stream). On whichever thread
 * ends it, maybe more than once: what it tells ends a request once.
 */
final class StreamEnd extends OutputStream {
  private final OutputStream target;
  private final Runnable ended;

  StreamEnd(OutputStream target, Runnable ended) {
    this.target = target;
    this.ended = ended;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      target.write(b);
    } catch (IOException | RuntimeException e) {
      ended.run();
      throw e;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      target.write(bytes, offset, length);
    } catch (IOException | RuntimeException e) {
      ended.run();
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      target.flush();
    } catch (IOException | RuntimeException e) {
      ended.run();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      target.close();
    } finally {
      ended.run();
    }
  }
}
