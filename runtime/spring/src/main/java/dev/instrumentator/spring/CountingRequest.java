package dev.instrumentator.spring;

import dev.instrumentator.runtime.RequestListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;

/**
 * The request as the filter passes it on when sizes are measured: its body's size is what the
 * application read of it, never what a {@code Content-Length} merely declares (a body-less request
 * may declare a length no client sent). Bytes read through its input stream, which Spring's
 * message converters use, are counted; a body the container read for the application (form
 * parameters, multipart parts, a reader) counts as declared; a body nobody read, 0.
 */
final class CountingRequest extends HttpServletRequestWrapper {
  private CountingStream stream;
  private boolean readByContainer;

  CountingRequest(HttpServletRequest request) {
    super(request);
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new CountingStream(super.getInputStream());
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    readByContainer = true;
    return super.getReader();
  }

  @Override
  public String getParameter(String name) {
    readParameters();
    return super.getParameter(name);
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    readParameters();
    return super.getParameterMap();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    readParameters();
    return super.getParameterNames();
  }

  @Override
  public String[] getParameterValues(String name) {
    readParameters();
    return super.getParameterValues(name);
  }

  @Override
  public Collection<Part> getParts() throws IOException, ServletException {
    readByContainer = true;
    return super.getParts();
  }

  @Override
  public Part getPart(String name) throws IOException, ServletException {
    readByContainer = true;
    return super.getPart(name);
  }

  /** Parameters come from the body of a form, which the container reads then. */
  private void readParameters() {
    String contentType = getContentType();
    if (contentType != null
        && (contentType.startsWith("application/x-www-form-urlencoded")
            || contentType.startsWith("multipart/form-data"))) {
      readByContainer = true;
    }
  }

  /** The size of the body the application read: see the class. */
  long bodyBytes() {
    if (readByContainer) {
      long declared = getContentLengthLong();
      return declared >= 0 ? declared : RequestListener.UNKNOWN_SIZE;
    }
    return stream != null ? stream.count : 0;
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream source;
    /** Read by whichever thread reads the body, then once the request is recorded. */
    private volatile long count;

    CountingStream(ServletInputStream source) {
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      int read = source.read();
      if (read >= 0) {
        count++;
      }
      return read;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = source.read(bytes, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public boolean isFinished() {
      return source.isFinished();
    }

    @Override
    public boolean isReady() {
      return source.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      source.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
      return source.available();
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }
}
