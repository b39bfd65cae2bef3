package dev.instrumentator.runtime.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * {@code promtool check metrics} (Debian's prometheus package) on a scrape: what it finds to
 * complain of in names, units, help and types. For the example apps' tests.
 */
public final class Promtool {
  /** promtool's exit code and what it printed: {@code (0, "")} for a clean scrape. */
  public record Verdict(int exitCode, String output) {}

  private Promtool() {}

  public static Verdict checkMetrics(String scrape) throws IOException, InterruptedException {
    Process promtool;
    try {
      promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(
          "cannot run promtool: install Debian's package (apt-get install prometheus), which"
              + " these tests need, or leave out -Pprometheus",
          e);
    }
    try (OutputStream in = promtool.getOutputStream()) {
      in.write(scrape.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!promtool.waitFor(30, TimeUnit.SECONDS)) {
      promtool.destroyForcibly();
      throw new AssertionError("promtool did not finish within 30 s");
    }
    return new Verdict(promtool.exitValue(), output);
  }
}
