package dev.instrumentator.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a socket of its own, as a client the tests do not trust sends it: every byte of
 * the answer as it crossed the wire, to compare an instrumented application's with its twin's;
 * and requests the client walks away from.
 */
public final class Wire {
  private final int port;

  private Wire(int port) {
    this.port = port;
  }

  /** The server listening on {@code port} of the loopback address. */
  public static Wire onPort(int port) {
    return new Wire(port);
  }

  /**
   * Sends {@code method path} with {@code headers} ("Name: value") and {@code body} (null for
   * none), on a connection of its own that the server closes after answering, and returns the
   * whole answer: status line, headers and body, as sent.
   */
  public String exchange(String method, String path, String body, String... headers) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      send(socket, method, path, body, headers);
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    }
  }

  /**
   * Sends {@code method path} and closes the connection once {@code bytes} bytes of the answer
   * have arrived (0: at once, before any), a client that leaves mid-answer or mid-stream; with
   * {@code headers} ("Name: value").
   */
  public void abandon(String method, String path, int bytes, String... headers) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      send(socket, method, path, null, headers);
      InputStream answer = socket.getInputStream();
      for (int read = 0; read < bytes && answer.read() >= 0; read++) {
        // Reads until the client has what it waited for.
      }
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    }
  }

  /**
   * Sends {@code method path} with {@code headers} ("Name: value") and closes the connection
   * {@code millis} later, having read nothing: a client that leaves while its request is handled.
   */
  public void leaveAfter(String method, String path, long millis, String... headers) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      send(socket, method, path, null, headers);
      Thread.sleep(millis);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The answer as two of the same application's can be compared: the value of its {@code Date}
   * header hidden, which differs by the second, and a chunked body as the bytes it carries, whose
   * cutting into chunks depends on when the application flushed.
   */
  public static String comparable(String answer) {
    String dated = answer.replaceAll("(?mi)^Date: .*$", "Date: ...");
    int bodyStart = dated.indexOf("\r\n\r\n") + 4;
    if (bodyStart < 4
        || !dated.substring(0, bodyStart).toLowerCase().contains("transfer-encoding: chunked")) {
      return dated;
    }
    StringBuilder body = new StringBuilder();
    int at = bodyStart;
    while (at < dated.length()) {
      int sizeEnd = dated.indexOf("\r\n", at);
      int size = Integer.parseInt(dated.substring(at, sizeEnd).strip(), 16);
      if (size == 0) {
        break;
      }
      body.append(dated, sizeEnd + 2, sizeEnd + 2 + size);
      at = sizeEnd + 2 + size + 2;
    }
    return dated.substring(0, bodyStart) + "(dechunked)" + body;
  }

  private void send(Socket socket, String method, String path, String body, String... headers)
      throws IOException {
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    request.append("Connection: close\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().write(content);
    socket.getOutputStream().flush();
  }
}
