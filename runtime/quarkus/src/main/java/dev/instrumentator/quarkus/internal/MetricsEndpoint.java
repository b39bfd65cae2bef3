package dev.instrumentator.quarkus.internal;

import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * {@code /q/metrics}: the registry in the format the scraper asks for, with prometheus-metrics'
 * own handler, so that it answers as its servlet and HTTP server do ({@code name[]} filters, gzip,
 * {@code debug}). It runs on a worker thread: the handler writes to a stream.
 */
final class MetricsEndpoint implements Handler<RoutingContext> {
  private final PrometheusScrapeHandler handler;

  MetricsEndpoint(PrometheusRegistry registry) {
    this.handler = new PrometheusScrapeHandler(registry);
  }

  @Override
  public void handle(RoutingContext routing) {
    try {
      handler.handleRequest(new Exchange(routing));
    } catch (IOException e) {
      routing.fail(e);
    }
  }

  /** The scrape's request and response, over Vert.x's: the body is sent whole when it closes. */
  private static final class Exchange
      implements PrometheusHttpExchange, PrometheusHttpRequest, PrometheusHttpResponse {
    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Exchange(RoutingContext routing) {
      this.request = routing.request();
      this.response = routing.response();
    }

    @Override
    public PrometheusHttpRequest getRequest() {
      return this;
    }

    @Override
    public PrometheusHttpResponse getResponse() {
      return this;
    }

    @Override
    public String getQueryString() {
      return request.query();
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return Collections.enumeration(request.headers().getAll(name));
    }

    @Override
    public String getMethod() {
      return request.method().name();
    }

    @Override
    public String getRequestPath() {
      return request.path();
    }

    @Override
    public void setHeader(String name, String value) {
      response.putHeader(name, value);
    }

    @Override
    public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) {
      response.setStatusCode(statusCode);
      return body;
    }

    @Override
    public void handleException(IOException e) throws IOException {
      throw new UncheckedIOException(e);
    }

    @Override
    public void handleException(RuntimeException e) {
      throw e;
    }

    @Override
    public void close() {
      if (!response.ended()) {
        response.end(Buffer.buffer(body.toByteArray()));
      }
    }
  }
}
