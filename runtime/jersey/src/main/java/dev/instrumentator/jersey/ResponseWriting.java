package dev.instrumentator.jersey;

import dev.instrumentator.runtime.RequestListener;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import org.glassfish.jersey.server.ChunkedOutput;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

/**
 * Sees each response entity written, for two things the companion cannot see otherwise:
 *
 * <ul>
 *   <li>the moment its writing ends, which is the moment to record the request: later, once
 *       Jersey has handed the response to its container, a tracing agent may have ended the
 *       request's span, and the exemplar sampled then could no longer mark it (an ended span
 *       takes no attribute, so a tail sampler would drop the trace the exemplar points to);
 *   <li>its size, when sizes are measured: Jersey's response does not carry the {@code
 *       Content-Length} that its container sends, so the entity's bytes are counted.
 * </ul>
 *
 * <p>Innermost of the writer interceptors, so the count is the entity's, before any encoding an
 * interceptor applies. Registered unless the metrics, known when Jersey starts the application,
 * neither sample exemplars nor measure sizes.
 */
final class ResponseWriting implements WriterInterceptor {
  /** The last of the writer interceptors (not an annotation: Jersey 4 may lack its class). */
  static final int PRIORITY = Integer.MAX_VALUE;
  private static final String COUNT = ResponseWriting.class.getName();

  /** Whose metrics say, per request, whether entities are counted or only seen written. */
  private final RequestRecorder recorder;

  ResponseWriting(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context)
      throws IOException, WebApplicationException {
    if (recorder.measuresSizes()) {
      CountingStream counting = new CountingStream(context.getOutputStream());
      context.setOutputStream(counting);
      context.setProperty(COUNT, counting);
    }
    context.proceed();
    RequestRecorder.entityWritten();
  }

  /**
   * The size of the body of {@code response}: what was counted; 0 with no entity (or no
   * response, when the container answers); not known for an entity that was not written here,
   * nor for a {@code ChunkedOutput}, each chunk of which is written on its own.
   */
  static long bytesOf(ContainerRequest request, ContainerResponse response) {
    if (response != null && response.getEntity() instanceof ChunkedOutput) {
      return RequestListener.UNKNOWN_SIZE;
    }
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
