package dev.instrumentator.spring.testing;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what instrumentator logs (logback-test.xml attaches it to {@code dev.instrumentator}), so
 * that tests read what an application's log would show. Static, because Spring Boot configures
 * logging afresh for each application it starts.
 */
public final class LogEvents extends AppenderBase<ILoggingEvent> {
  private static final List<String> LINES = new ArrayList<>();

  /** Where the log is now, to read what follows with {@link #since}. */
  public static synchronized int mark() {
    return LINES.size();
  }

  /** The lines logged since {@code mark}, each as {@code LEVEL message}. */
  public static synchronized List<String> since(int mark) {
    return List.copyOf(LINES.subList(mark, LINES.size()));
  }

  @Override
  protected void append(ILoggingEvent event) {
    synchronized (LogEvents.class) {
      LINES.add(event.getLevel() + " " + event.getFormattedMessage());
    }
  }
}
