package dev.instrumentator.benchmarks;

import com.sun.management.ThreadMXBean;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A Java agent for load runs: {@code -javaagent:benchmarks.jar=<port>} answers {@code GET
 * http://127.0.0.1:<port>/allocated} with the bytes the server's live threads have allocated so
 * far, so that the difference over a run, divided by its requests, is the memory a request
 * allocates, whatever the server (the Jersey load server or the Spring Boot jar). Threads that end
 * take their bytes with them; a server's request threads live through a run.
 */
public final class AllocationProbe {
  private AllocationProbe() {}

  public static void premain(String port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 0);
    server.createContext(
        "/allocated",
        exchange -> {
          byte[] body = Long.toString(allocatedBytes()).getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  private static long allocatedBytes() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (bytes > 0) {
        total += bytes;
      }
    }
    return total;
  }
}
