package dev.instrumentator.spring;

import dev.instrumentator.runtime.RequestListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The response as the filter passes it on when sizes are measured: it counts the bytes written
 * through its output stream, which Spring's message converters and streamed bodies use. At filter
 * time the container has not yet set the {@code Content-Length} it will send for a body it
 * buffered (a JSON body, say), so counting is the one way to know it. Everything else is the
 * response's own.
 */
final class CountingResponse extends HttpServletResponseWrapper {
  private CountingStream stream;
  private boolean writerUsed;
  private boolean errorSent;

  CountingResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new CountingStream(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    writerUsed = true;
    return super.getWriter();
  }

  @Override
  public void sendError(int status) throws IOException {
    errorSent = true;
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    errorSent = true;
    super.sendError(status, message);
  }

  /**
   * The size of the body: the bytes counted; 0 if nothing was written; else not known, for an
   * error page that the container renders once the filter has returned, or characters written
   * through {@link #getWriter()} with no {@code Content-Length} set.
   */
  long bodyBytes() {
    if (errorSent) {
      return RequestListener.UNKNOWN_SIZE;
    }
    if (writerUsed) {
      String length = getHeader("Content-Length");
      try {
        return length != null ? Long.parseLong(length.strip()) : RequestListener.UNKNOWN_SIZE;
      } catch (NumberFormatException notALength) {
        return RequestListener.UNKNOWN_SIZE;
      }
    }
    return stream != null ? stream.count : 0;
  }

  private static final class CountingStream extends ServletOutputStream {
    private final ServletOutputStream target;
    /** Written by whichever thread writes the body, read once the container completes it. */
    private long count;

    CountingStream(ServletOutputStream target) {
      this.target = target;
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

    @Override
    public boolean isReady() {
      return target.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      target.setWriteListener(listener);
    }
  }
}
