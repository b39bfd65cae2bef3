package dev.instrumentator.jersey.testing;

import dev.instrumentator.runtime.testing.Scrape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** A Jersey application on Grizzly, on a free loopback port, and an HTTP client for it. */
public final class JerseyServer implements AutoCloseable {
  private final HttpServer server;
  private final URI base;
  private final HttpClient client =
      // HTTP/1.1: the client would otherwise try an h2c upgrade, which Grizzly does not answer.
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private JerseyServer(HttpServer server) {
    this.server = server;
    this.base =
        URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
  }

  /** Starts {@code application} on Grizzly, on a free loopback port. */
  public static JerseyServer start(ResourceConfig application) throws IOException {
    return new JerseyServer(
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"), application, true));
  }

  /** The same, with one worker thread, so that every request runs on the same thread. */
  public static JerseyServer startWithOneWorker(ResourceConfig application) throws IOException {
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"), application, false);
    for (NetworkListener listener : server.getListeners()) {
      listener
          .getTransport()
          .setWorkerThreadPoolConfig(
              ThreadPoolConfig.defaultConfig().setCorePoolSize(1).setMaxPoolSize(1));
    }
    server.start();
    return new JerseyServer(server);
  }

  /** The HTTP client the other methods send with. */
  public HttpClient client() {
    return client;
  }

  /** {@code path} on this server. */
  public URI uri(String path) {
    return base.resolve(path);
  }

  /** {@code 127.0.0.1:<port>}, as a scrape target. */
  public String hostAndPort() {
    return base.getAuthority();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Any method, with headers given as name, value, name, value... */
  public HttpResponse<String> request(String method, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).method(method, BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  public HttpResponse<String> post(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).POST(BodyPublishers.noBody()));
  }

  public HttpResponse<String> postForm(String path, String form) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET /metrics once {@code requests} requests are counted (see {@link Scrape#awaitCounted}). */
  public Scrape scrapeAfter(int requests) {
    return Scrape.awaitCounted(this::scrape, requests);
  }

  /** GET /metrics, checked to answer 200, parsed. */
  public Scrape scrape() {
    HttpResponse<String> response = get("/metrics");
    if (response.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
    }
    return Scrape.parse(response.body());
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
