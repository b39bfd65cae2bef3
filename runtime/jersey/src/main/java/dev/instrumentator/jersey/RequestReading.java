package dev.instrumentator.jersey;

import dev.instrumentator.runtime.RequestListener;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Counts the bytes the application reads of each request's entity, when sizes are measured: a
 * request's size is what was read, never what a {@code Content-Length} merely declares (a
 * body-less request may declare a length no client sent). Form parameters are read through the
 * same stream. First of the filters, before matching.
 */
@PreMatching
final class RequestReading implements ContainerRequestFilter {
  /** The first of the request filters (not an annotation: Jersey 4 may lack its class). */
  static final int PRIORITY = Integer.MIN_VALUE;
  private static final String COUNT = RequestReading.class.getName();

  private final RequestRecorder recorder;

  RequestReading(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (recorder.measuresSizes()) {
      CountingStream counting = new CountingStream(request.getEntityStream());
      request.setEntityStream(counting);
      request.setProperty(COUNT, counting);
    }
  }

  /** The bytes read of {@code request}'s entity; not known if they were not counted. */
  static long bytesOf(ContainerRequest request) {
    return request.getProperty(COUNT) instanceof CountingStream counting
        ? counting.count()
        : RequestListener.UNKNOWN_SIZE;
  }

  /** The entity stream, counting what is read or skipped of it. */
  static final class CountingStream extends FilterInputStream {
    /** Read by whichever thread reads the entity, then once the request is recorded. */
    private volatile long count;

    CountingStream(InputStream source) {
      super(source);
    }

    @Override
    public int read() throws IOException {
      int read = super.read();
      if (read >= 0) {
        count++;
      }
      return read;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = in.read(bytes, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    /** Not supported: a reset would count the bytes read again. */
    @Override
    public boolean markSupported() {
      return false;
    }

    long count() {
      return count;
    }
  }
}
