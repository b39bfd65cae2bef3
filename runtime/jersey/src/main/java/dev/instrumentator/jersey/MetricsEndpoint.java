package dev.instrumentator.jersey;

import static java.util.Objects.requireNonNull;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Serves the metrics for Prometheus to scrape, in one line:
 *
 * <pre>{@code
 * new ResourceConfig().register(new MetricsEndpoint());            // GET /metrics
 * new ResourceConfig().register(new MetricsEndpoint("/internal/metrics").registry(registry));
 * }</pre>
 *
 * <p>It answers in the format the scraper asks for in {@code Accept}: the Prometheus text format
 * by default, OpenMetrics, or the protobuf format that carries native histograms; gzipped when
 * {@code Accept-Encoding} allows. It serves the registry of the metrics given to {@link
 * HttpMetrics#setDefault}, else the default registry, where the default metrics are; or the
 * registry it is given. It is never timed itself.
 */
public final class MetricsEndpoint implements Feature {
  /** Where Prometheus looks by default. */
  public static final String DEFAULT_PATH = "/metrics";

  private static final ExpositionFormats FORMATS = ExpositionFormats.init();

  private final String path;
  private PrometheusRegistry registry;

  /** At {@value #DEFAULT_PATH}. */
  public MetricsEndpoint() {
    this(DEFAULT_PATH);
  }

  /**
   * At {@code path}.
   *
   * @param path a plain path, such as {@code /internal/metrics}
   * @throws IllegalArgumentException if it is blank or a template
   */
  public MetricsEndpoint(String path) {
    requireNonNull(path, "path");
    if (path.isBlank() || path.contains("{")) {
      throw new IllegalArgumentException(
          "metrics endpoint path '" + path + "' is not a plain path: give one such as /metrics");
    }
    this.path = path;
  }

  /**
   * Serves {@code registry} instead of the default metrics' registry.
   *
   * @param registry the registry to serve
   * @return this endpoint
   */
  public MetricsEndpoint registry(PrometheusRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    return this;
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new AddResource(endpoint()));
    return true;
  }

  private Resource endpoint() {
    Resource.Builder resource = Resource.builder(path);
    resource.addMethod(HttpMethod.GET).handledBy(new Scrape(registry));
    return resource.build();
  }

  /** Writes the registry in the format and encoding the scraper accepts. */
  private static final class Scrape implements Inflector<ContainerRequestContext, Response> {
    private final PrometheusRegistry registry;

    Scrape(PrometheusRegistry registry) {
      this.registry = registry;
    }

    @Override
    public Response apply(ContainerRequestContext request) {
      // Not getDefault(): a scrape needs no histogram, and creating the default metrics may fail.
      PrometheusRegistry scraped =
          registry != null
              ? registry
              : Optional.ofNullable(Recorder.defaultIfSet())
                  .map(recorder -> recorder.metrics().registry())
                  .orElse(PrometheusRegistry.defaultRegistry);
      ExpositionFormatWriter writer = FORMATS.findWriter(request.getHeaderString(HttpHeaders.ACCEPT));
      boolean gzip = acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
      StreamingOutput body =
          out -> {
            if (gzip) {
              try (OutputStream zipped = new GZIPOutputStream(out)) {
                writer.write(zipped, scraped.scrape());
              }
            } else {
              writer.write(out, scraped.scrape());
            }
          };
      Response.ResponseBuilder response =
          Response.ok(body).header(HttpHeaders.CONTENT_TYPE, writer.getContentType());
      if (gzip) {
        response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
      }
      return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    private static boolean acceptsGzip(String acceptEncoding) {
      if (acceptEncoding == null) {
        return false;
      }
      for (String coding : acceptEncoding.split(",")) {
        String[] parts = coding.strip().split(";");
        if (parts[0].strip().equalsIgnoreCase("gzip") && !refused(parts)) {
          return true;
        }
      }
      return false;
    }

    /** {@code gzip;q=0} refuses it. */
    private static boolean refused(String[] parts) {
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip().replace(" ", "");
        if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Adds the endpoint to the resources the application serves. */
  private static final class AddResource implements ModelProcessor {
    private final Resource endpoint;

    AddResource(Resource endpoint) {
      this.endpoint = endpoint;
    }

    @Override
    public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
      return new ResourceModel.Builder(model.getRootResources(), false)
          .addResource(endpoint)
          .build();
    }

    @Override
    public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
      return model;
    }
  }
}
