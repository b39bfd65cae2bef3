package dev.instrumentator.spring;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code instrumentator.metrics-endpoint} on WebFlux: the registry in the format the scraper
 * asks for, written by prometheus-metrics' own writers, as its servlet does for Spring MVC.
 */
final class ReactiveMetricsEndpoint {
  private ReactiveMetricsEndpoint() {}

  static RouterFunction<ServerResponse> at(String path, PrometheusRegistry registry) {
    ExpositionFormats formats = ExpositionFormats.init();
    return RouterFunctions.route(
        GET(path),
        request -> {
          ExpositionFormatWriter writer =
              formats.findWriter(request.headers().firstHeader(HttpHeaders.ACCEPT));
          ByteArrayOutputStream body = new ByteArrayOutputStream();
          try {
            writer.write(body, registry.scrape());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return ServerResponse.ok()
              .header(HttpHeaders.CONTENT_TYPE, writer.getContentType())
              .bodyValue(body.toByteArray());
        });
  }
}
