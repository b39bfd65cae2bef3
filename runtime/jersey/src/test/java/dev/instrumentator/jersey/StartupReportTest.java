package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.faults.OutcomesResource;
import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.LogCapture;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up says what the companion times, so that a set-up that records nothing is never silent,
 * and names an {@code @Instrumented} resource that has no decorator, with the fix.
 */
class StartupReportTest {

  /** Metrics that create no series at start-up, whatever another test set before. */
  @BeforeEach
  void plainMetrics() {
    HttpMetrics.setDefault(HttpMetrics.builder().register(new PrometheusRegistry()));
  }

  @Test
  void startUpSaysHowManyRoutesOfHowManyResourcesAreTimed() {
    List<LogRecord> records =
        startAndLog(application().register(GreetingResource.class).register(OutcomesResource.class));

    assertEquals(1, records.size(), "log lines: " + records);
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertEquals(
        "instrumentator times 4 routes of 2 @Instrumented resources",
        format(records.get(0)));
  }

  @Test
  void anApplicationWithNothingInstrumentedIsToldSo() {
    List<LogRecord> records = startAndLog(application().register(Plain.class));

    assertEquals(
        List.of("instrumentator times 0 routes of 0 @Instrumented resources"),
        records.stream().map(StartupReportTest::format).toList());
  }

  /**
   * A class compiled without the processor, as a build that puts the processor on the class path
   * compiles on JDK 23 and later, has no decorator: start-up warns, naming the class and the fix.
   */
  @Test
  void anInstrumentedResourceWithoutItsDecoratorIsAWarningWithTheFix(@TempDir Path work)
      throws Exception {
    Class<?> unprocessed = compileWithoutProcessor(work);

    List<LogRecord> records = startAndLog(application().register(unprocessed));

    assertEquals(2, records.size(), "log lines: " + records);
    assertEquals(Level.WARNING, records.get(1).getLevel());
    assertEquals(
        "instrumentator: unprocessed.UnprocessedResource is @Instrumented but has no decorator"
            + " (unprocessed.UnprocessedResource_Instrumented), so none of its requests is timed:"
            + " the annotation processor did not run. Put instrumentator-processor on the"
            + " compiler's processor path (Maven: annotationProcessorPaths of"
            + " maven-compiler-plugin; Gradle: annotationProcessor); JDK 23 and later run no"
            + " processor found only on the class path.",
        format(records.get(1)));
  }

  /** A resource with no {@code @Instrumented}. */
  @jakarta.ws.rs.Path("/plain")
  public static class Plain {
    @jakarta.ws.rs.GET
    public String get() {
      return "plain\n";
    }
  }

  private static List<LogRecord> startAndLog(ResourceConfig application) {
    try (LogCapture log = LogCapture.of(InstrumentatorFeature.class.getName())) {
      new ApplicationHandler(application);
      return log.records();
    }
  }

  /** The message as java.util.logging writes it: formatted only when it has parameters. */
  private static String format(LogRecord record) {
    Object[] parameters = record.getParameters();
    return parameters == null || parameters.length == 0
        ? record.getMessage()
        : MessageFormat.format(record.getMessage(), parameters);
  }

  private static ResourceConfig application() {
    return new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  private static Class<?> compileWithoutProcessor(Path work) throws Exception {
    Path source = work.resolve("unprocessed/UnprocessedResource.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package unprocessed;

        @dev.instrumentator.annotations.Instrumented
        @jakarta.ws.rs.Path("/unprocessed")
        public class UnprocessedResource {
          @jakarta.ws.rs.GET
          public String get() {
            return "not timed";
          }
        }
        """);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            work.toString(),
            source.toString());
    if (status != 0) {
      throw new IllegalStateException("the unprocessed resource did not compile");
    }
    URLClassLoader loader =
        new URLClassLoader(new URL[] {work.toUri().toURL()}, StartupReportTest.class.getClassLoader());
    return loader.loadClass("unprocessed.UnprocessedResource");
  }
}
