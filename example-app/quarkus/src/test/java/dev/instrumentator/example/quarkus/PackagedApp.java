package dev.instrumentator.example.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A packaged Quarkus application, started with {@code java -jar} on a free loopback port. */
final class PackagedApp implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final Process process;
  private final Path log;
  final URI root;

  private PackagedApp(Process process, Path log, URI root) {
    this.process = process;
    this.log = log;
    this.root = root;
  }

  /** Starts {@code jar} and waits until {@code readyPath} answers 200, for at most 60 s. */
  static PackagedApp start(Path jar, String readyPath) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Files.createTempFile("quarkus-app", ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    PackagedApp app = new PackagedApp(process, log, URI.create("http://127.0.0.1:" + port));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(jar + " stopped:\n" + Files.readString(log));
      }
      try {
        HttpRequest ready = HttpRequest.newBuilder(app.root.resolve(readyPath)).build();
        if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return app;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    app.close();
    throw new IllegalStateException(jar + " did not start in 60 s:\n" + Files.readString(log));
  }

  /** What the application printed. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
