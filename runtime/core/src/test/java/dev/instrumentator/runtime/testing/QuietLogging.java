package dev.instrumentator.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends what tests log through java.util.logging (instrumentator, Jersey, Grizzly, Hibernate
 * Validator) to {@code target/test.log} instead of the console, so that a green build is quiet
 * and a red one still has the logs. The build names it in {@code java.util.logging.config.class}.
 */
public final class QuietLogging {

  public QuietLogging() {
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    try {
      Files.createDirectories(Path.of("target"));
      FileHandler file = new FileHandler("target/test.log", true);
      file.setFormatter(new SimpleFormatter());
      root.addHandler(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root.setLevel(Level.INFO);
  }
}
