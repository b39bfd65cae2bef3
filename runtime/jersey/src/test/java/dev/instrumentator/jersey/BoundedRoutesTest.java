package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.attribution.RelatedResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * What the companion keeps per route is bounded by the code, whatever the requests: a locator that
 * builds a programmatic sub-resource per request, whose resource methods Jersey builds anew each
 * time, adds nothing.
 */
class BoundedRoutesTest {

  @Test
  void subResourcesBuiltPerRequestAddNoRoutes() throws Exception {
    InstrumentatorFeature feature =
        new InstrumentatorFeature(HttpMetrics.builder().register(new PrometheusRegistry()));
    try (JerseyServer server =
        JerseyServer.start(
            new ResourceConfig()
                .register(RelatedResource.class)
                .register(Dynamic.class)
                .register(feature)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true))) {
      server.get("/related/1");
      int kept = feature.recorder().routesKept();

      for (int i = 0; i < 50; i++) {
        assertEquals("dynamic " + i, server.get("/dynamic/" + i).body());
        server.get("/related/" + i);
      }

      assertTrue(kept > 0, "the timed route is kept");
      assertEquals(kept, feature.recorder().routesKept());
    }
  }

  /** A locator that builds its sub-resource per request, programmatically. */
  @Path("/dynamic")
  public static class Dynamic {
    @Path("{name}")
    public Resource sub(@PathParam("name") String name) {
      Resource.Builder sub = Resource.builder();
      sub.addMethod("GET").produces("text/plain").handledBy(request -> "dynamic " + name);
      return sub.build();
    }
  }
}
