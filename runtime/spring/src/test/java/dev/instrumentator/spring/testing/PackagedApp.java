package dev.instrumentator.spring.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application's packaged jar, started as a user starts it ({@code java -jar ...}) on
 * a free port, in a process of its own; {@link #close()} stops it. Tomcat or Netty.
 */
public final class PackagedApp implements AutoCloseable {
  private static final Pattern STARTED = Pattern.compile("(?:Tomcat|Netty) started on port (\\d+)");

  private final Process process;
  private final StringBuilder output = new StringBuilder();
  private final CompletableFuture<Integer> port;

  private PackagedApp(Process process) {
    this.process = process;
    this.port = new CompletableFuture<>();
    // A thread of its own, reading to the end: several apps start side by side, and none may
    // wait for a pool thread, or block on a full pipe.
    Thread reader = new Thread(this::readOutput, "output of " + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code jar}; {@link #port()} waits until it serves.
   *
   * @param jar the jar's path, from the module's directory
   * @param arguments more command-line arguments, such as {@code --instrumentator.namespace=shop}
   */
  public static PackagedApp start(String jar, String... arguments) throws IOException {
    return start(jar, List.of(), arguments);
  }

  /** The same, with arguments to the JVM, such as {@code -javaagent:...}. */
  public static PackagedApp start(String jar, List<String> jvmArguments, String... arguments)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(jvmArguments);
    command.addAll(List.of("-jar", jar, "--server.port=0"));
    command.addAll(List.of(arguments));
    return new PackagedApp(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** The port it serves on, once it has started (at most two minutes). */
  public int port() throws InterruptedException, ExecutionException {
    try {
      return port.get(120, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the app did not start in two minutes:\n" + output(), e);
    }
  }

  public Http http() throws InterruptedException, ExecutionException {
    return Http.onPort(port());
  }

  /** What it has printed so far. */
  public String output() {
    synchronized (output) {
      return output.toString();
    }
  }

  private void readOutput() {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (output) {
          output.append(line).append('\n');
        }
        Matcher started = STARTED.matcher(line);
        if (started.find()) {
          port.complete(Integer.parseInt(started.group(1)));
        }
      }
    } catch (IOException e) {
      port.completeExceptionally(new UncheckedIOException(e));
    }
    port.completeExceptionally(
        new AssertionError("the app ended before it started serving:\n" + output()));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the app did not stop");
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
