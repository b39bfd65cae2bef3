package dev.instrumentator.example;

import dev.instrumentator.jersey.MetricsEndpoint;
import java.io.IOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Runs the bookstore on Jersey and Grizzly, instrumented: with instrumentator-jersey on the class
 * path, its {@code @Instrumented} resources are served through their decorators. The port comes from the first argument, else the {@code PORT} environment variable, else
 * 8080.
 */
public final class BookstoreApp {
  static final int DEFAULT_PORT = 8080;

  private BookstoreApp() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int port;
    try {
      port = port(args.length > 0 ? args[0] : System.getenv("PORT"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    // No metrics configuration: decorators record into HttpMetrics.getDefault(), which registers
    // in the default registry on first use.
    HttpServer server =
        start(URI.create("http://localhost:" + port + "/"), application(Bookstore.withSampleBooks()));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));

    String base = "http://localhost:" + port(server);
    System.out.println("Bookstore listening on " + base + "/ (Ctrl+C stops it)");
    // A request is recorded as its response completes, a moment after curl has it: hence the pause.
    System.out.println(
        "Try: curl " + base + "/books/978-0134685991; sleep 1; curl -s " + base
            + "/metrics | grep http_request_duration_seconds_count");
    Thread.currentThread().join();
  }

  /**
   * The application: its resources, registered as usual. instrumentator-jersey, found on the class
   * path by Jersey, serves each {@code @Instrumented} one through its decorator and records every
   * request with the status the client received.
   */
  public static ResourceConfig application(Bookstore store) {
    return withoutResources(store).register(BookResource.class).register(StoreResource.class);
  }

  /**
   * What every set-up of the bookstore shares, whatever registers its resources: the exception
   * mapper, what the resources are built from, and {@code /metrics}.
   */
  public static ResourceConfig withoutResources(Bookstore store) {
    return new ResourceConfig()
        .register(OutOfStockMapper.class)
        .register(new MetricsEndpoint())
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(store).to(Bookstore.class);
              }
            })
        // WADL needs JAXB, which is not here: without this Jersey warns at start-up.
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  /** Starts Grizzly; port 0 in {@code uri} picks a free port, which {@link #port} tells. */
  public static HttpServer start(URI uri, ResourceConfig application) throws IOException {
    return GrizzlyHttpServerFactory.createHttpServer(uri, application, true);
  }

  public static int port(HttpServer server) {
    return server.getListeners().iterator().next().getPort();
  }

  static int port(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "port '" + value + "' is not a port number: give 0 to 65535 as the first argument or in"
            + " PORT");
  }
}
