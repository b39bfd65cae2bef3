package dev.instrumentator.benchmarks.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One {@code GET /books/1} through Spring Boot (Tomcat on loopback, Spring MVC, actuator; or, with
 * {@code -p stack=webflux}, Netty and Spring WebFlux), set up three ways: plain (instrumentator off, Spring's own {@code http.server.requests} observation
 * off), Spring's own metrics as Boot sets them up, and instrumentator (Spring's own off). The
 * client is a raw keep-alive socket that allocates next to nothing, so that, on a JDK whose JMH GC
 * profiler counts every thread's allocation (21 and later), {@code gc.alloc.rate.norm} is the
 * server's allocation per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class SpringRequestBenchmark {
  private static final byte[] REQUEST =
      "GET /books/1 HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);
  private static final String SPRING_METRICS_OFF =
      "--management.observations.enable.http.server.requests=false";

  /**
   * The set-up; {@code instrumentatorOpenTelemetry} and {@code instrumentatorBoth} are
   * instrumentator in the OpenTelemetry dialect, alone and beside the Prometheus one ({@code -p
   * setup=...}).
   */
  @Param({"plain", "spring", "instrumentator"})
  public String setup;

  /** {@code mvc}: Spring MVC on Tomcat; {@code webflux}: Spring WebFlux on Netty. */
  @Param({"mvc"})
  public String stack;

  private ConfigurableApplicationContext application;
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private final byte[] buffer = new byte[8192];

  @Setup
  public void start() throws IOException {
    String[] options =
        switch (setup) {
          case "plain" -> new String[] {"--instrumentator.enabled=false", SPRING_METRICS_OFF};
          case "spring" -> new String[] {"--instrumentator.enabled=false"};
          case "instrumentator" -> new String[] {SPRING_METRICS_OFF};
          case "instrumentatorOpenTelemetry" ->
              new String[] {SPRING_METRICS_OFF, "--instrumentator.dialects=opentelemetry"};
          case "instrumentatorBoth" ->
              new String[] {SPRING_METRICS_OFF, "--instrumentator.dialects=prometheus,opentelemetry"};
          default -> throw new IllegalArgumentException("setup " + setup);
        };
    String[] arguments = new String[options.length + 6];
    arguments[0] = "--server.port=0";
    arguments[1] = "--server.address=127.0.0.1";
    arguments[2] = "--logging.level.root=warn";
    arguments[3] = "--spring.main.banner-mode=off";
    // One connection for the whole run (Tomcat closes one after 100 requests by default).
    arguments[4] = "--server.tomcat.max-keep-alive-requests=-1";
    arguments[5] =
        "--spring.main.web-application-type=" + (stack.equals("webflux") ? "reactive" : "servlet");
    System.arraycopy(options, 0, arguments, 6, options.length);
    application = new SpringApplicationBuilder(BenchmarkApplication.class).run(arguments);
    int port = application.getEnvironment().getRequiredProperty("local.server.port", int.class);
    socket = new Socket("127.0.0.1", port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  @TearDown
  public void stop() throws IOException {
    socket.close();
    application.close();
  }

  /** @return the length of the response read: headers and the body its Content-Length gives */
  @Benchmark
  public int getBook() throws IOException {
    out.write(REQUEST);
    out.flush();
    return readResponse();
  }

  /**
   * Reads one response: up to the blank line after the headers, then as many bytes as its
   * Content-Length says (Spring's string bodies have one), without allocating.
   */
  private int readResponse() throws IOException {
    int read = 0;
    int headersEnd = -1;
    while (headersEnd < 0) {
      int n = in.read(buffer, read, buffer.length - read);
      if (n < 0) {
        throw new IOException("the server closed the connection");
      }
      read += n;
      headersEnd = indexOfBlankLine(read);
    }
    int length = headersEnd + contentLength(headersEnd);
    while (read < length) {
      int n = in.read(buffer, read, length - read);
      if (n < 0) {
        throw new IOException("the server closed the connection");
      }
      read += n;
    }
    if (buffer[9] != '2') {
      throw new IllegalStateException(new String(buffer, 0, read, StandardCharsets.US_ASCII));
    }
    return read;
  }

  private int indexOfBlankLine(int read) {
    for (int i = 3; i < read; i++) {
      if (buffer[i - 3] == '\r' && buffer[i - 2] == '\n' && buffer[i - 1] == '\r' && buffer[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  private int contentLength(int headersEnd) {
    byte[] name = CONTENT_LENGTH;
    outer:
    for (int i = 0; i + name.length < headersEnd; i++) {
      for (int j = 0; j < name.length; j++) {
        if (Character.toLowerCase(buffer[i + j]) != name[j]) {
          continue outer;
        }
      }
      int value = 0;
      for (int k = i + name.length; buffer[k] != '\r'; k++) {
        if (buffer[k] >= '0' && buffer[k] <= '9') {
          value = value * 10 + (buffer[k] - '0');
        }
      }
      return value;
    }
    throw new IllegalStateException("no Content-Length");
  }
}
