package dev.instrumentator.benchmarks;

import dev.instrumentator.example.BookResource;
import dev.instrumentator.example.BookResource_Instrumented;
import dev.instrumentator.example.Bookstore;
import dev.instrumentator.example.BookstoreApp;
import dev.instrumentator.example.StoreResource;
import dev.instrumentator.example.StoreResource_Instrumented;
import dev.instrumentator.jersey.InstrumentatorAutoDiscoverable;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.micrometer.server.DefaultJerseyTagsProvider;
import org.glassfish.jersey.micrometer.server.MetricsApplicationEventListener;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The example bookstore, set up as one of the configurations that load runs compare, on a port of
 * loopback. Only the instrumentation differs between them.
 *
 * <p>Usage: {@code LoadServer <plain|decorators|companion|micrometer> <port>}
 */
public final class LoadServer {
  /** What each configuration registers. */
  enum Instrumentation {
    /** The original resources: no instrumentation at all. */
    PLAIN,
    /** The generated decorators alone. */
    DECORATORS,
    /** The decorators and the Jersey companion, as the example app runs. */
    COMPANION,
    /** The original resources under Jersey's own Micrometer listener, for comparison. */
    MICROMETER
  }

  private LoadServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LoadServer <" + String.join("|", names()) + "> <port>");
      System.exit(2);
    }
    Instrumentation instrumentation = Instrumentation.valueOf(args[0].toUpperCase(Locale.ROOT));
    int port = Integer.parseInt(args[1]);
    HttpServer server =
        BookstoreApp.start(
            URI.create("http://127.0.0.1:" + port + "/"), application(instrumentation));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println(args[0] + " listening on " + port);
    Thread.currentThread().join();
  }

  static ResourceConfig application(Instrumentation instrumentation) {
    ResourceConfig application = BookstoreApp.withoutResources(Bookstore.withSampleBooks());
    // instrumentator-jersey is on the class path: every set-up but one turns its companion off.
    ResourceConfig withoutCompanion =
        application.property(
            InstrumentatorAutoDiscoverable.ENABLED, instrumentation == Instrumentation.COMPANION);
    switch (instrumentation) {
      case PLAIN:
        return withoutCompanion.register(BookResource.class).register(StoreResource.class);
      case DECORATORS:
        return withoutCompanion
            .register(BookResource_Instrumented.class)
            .register(StoreResource_Instrumented.class);
      case COMPANION:
        return application
            .register(BookResource_Instrumented.class)
            .register(StoreResource_Instrumented.class);
      case MICROMETER:
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        return withoutCompanion
            .register(
                new MetricsApplicationEventListener(
                    meters, new DefaultJerseyTagsProvider(), "http.server.requests", true))
            .register(BookResource.class)
            .register(StoreResource.class);
      default:
        throw new AssertionError(instrumentation);
    }
  }

  private static String[] names() {
    return Arrays.stream(Instrumentation.values())
        .map(value -> value.name().toLowerCase(Locale.ROOT))
        .toArray(String[]::new);
  }
}
