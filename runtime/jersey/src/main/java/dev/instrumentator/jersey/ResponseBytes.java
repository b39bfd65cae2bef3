package dev.instrumentator.jersey;

import dev.instrumentator.runtime.RequestListener;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

/**
 * Counts the bytes of each response entity as its entity writer writes them, for the size of the
 * response body: Jersey's response does not carry the {@code Content-Length} that its container
 * sends. Innermost of the writer interceptors, so the count is the entity's, before any encoding
 * an interceptor applies. Registered only when the metrics measure sizes.
 */
final class ResponseBytes implements WriterInterceptor {
  /** The last of the writer interceptors (not an annotation: Jersey 4 may lack its class). */
  static final int PRIORITY = Integer.MAX_VALUE;
  private static final String COUNT = ResponseBytes.class.getName();

  @Override
  public void aroundWriteTo(WriterInterceptorContext context)
      throws IOException, WebApplicationException {
    CountingStream counting = new CountingStream(context.getOutputStream());
    context.setOutputStream(counting);
    context.setProperty(COUNT, counting);
    context.proceed();
  }

  /**
   * The size of the body of {@code response}: what was counted; 0 with no entity (or no
   * response, when the container answers); not known for an entity that was not written here.
   */
  static long of(ContainerRequest request, ContainerResponse response) {
    if (request.getProperty(COUNT) instanceof CountingStream counting) {
      return counting.count();
    }
    return response == null || !response.hasEntity() ? 0 : RequestListener.UNKNOWN_SIZE;
  }

  /** Counts the bytes written through it to {@code target}. */
  private static final class CountingStream extends OutputStream {
    private final OutputStream target;
    private long count;

    CountingStream(OutputStream target) {
      this.target = target;
    }

    long count() {
      return count;
    }

    @Override
    public void write(int b) throws IOException {
      target.write(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      target.write(bytes, offset, length);
      count += length;
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      target.close();
    }
  }
}
