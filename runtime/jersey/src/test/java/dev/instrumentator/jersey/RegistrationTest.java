package dev.instrumentator.jersey;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.instrumentator.jersey.InstrumentatorFeature;
import dev.instrumentator.jersey.scanned.GreetingResource;
import dev.instrumentator.jersey.scanned.GreetingResource_Instrumented;
import dev.instrumentator.jersey.scanned.locator.ShelfResource;
import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * However resources are registered, each {@code @Instrumented} one is served by its decorator
 * alone, and every request counts once, with nothing registered for instrumentator: Jersey's
 * auto-discovery brings the companion. Each test starts its own application: start-up is what is
 * tested.
 */
class RegistrationTest {
  private static final Map<String, String> GREETED =
      labels("handler", "/greetings/{name}", "method", "GET", "status", "2xx");

  private final PrometheusRegistry registry = new PrometheusRegistry();

  @BeforeEach
  void freshMetrics() {
    HttpMetrics.setDefault(HttpMetrics.builder().register(registry));
  }

  @Test
  void packageScanningFindsBothAndTheDecoratorServes() throws Exception {
    assertGreetingCountedOnce(application().packages(false, GreetingResource.class.getPackageName()));
  }

  @Test
  void anOriginalRegisteredByClassIsServedByItsDecorator() throws Exception {
    assertGreetingCountedOnce(application().register(GreetingResource.class));
  }

  @Test
  void anOriginalAndItsDecoratorRegisteredByClassAreServedOnce() throws Exception {
    assertGreetingCountedOnce(
        application()
            .register(GreetingResource.class)
            .register(GreetingResource_Instrumented.class));
  }

  @Test
  void aDecoratorRegisteredByClassIsServed() throws Exception {
    assertGreetingCountedOnce(application().register(GreetingResource_Instrumented.class));
  }

  @Test
  void anOriginalListedByAnApplicationIsServedByItsDecorator() throws Exception {
    Application greetings =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(GreetingResource.class);
          }

          @Override
          public Map<String, Object> getProperties() {
            return Map.of(ServerProperties.WADL_FEATURE_DISABLE, true);
          }
        };
    assertGreetingCountedOnce(ResourceConfig.forApplication(greetings));
  }

  @Test
  void theCompanionRegisteredExplicitlyAsWellCountsOnce() throws Exception {
    assertGreetingCountedOnce(
        application().register(InstrumentatorFeature.class).register(GreetingResource.class));
  }

  @Test
  void theCompanionRegisteredTwiceStillCountsOnce() throws Exception {
    assertGreetingCountedOnce(
        application()
            .register(InstrumentatorFeature.class)
            .register(new InstrumentatorFeature())
            .register(GreetingResource_Instrumented.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        InstrumentatorAutoDiscoverable.ENABLED,
        CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE,
        ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE
      })
  void turnedOffJerseyRefusesAnOriginalNextToItsDecorator(String property) {
    ResourceConfig both =
        application()
            .property(property, !property.equals(InstrumentatorAutoDiscoverable.ENABLED))
            .packages(false, GreetingResource.class.getPackageName());

    RuntimeException failure = assertThrows(RuntimeException.class, () -> new ApplicationHandler(both));
    assertTrue(
        String.valueOf(failure.getMessage()).contains("Validation of the application resource model has failed"),
        failure.toString());
  }

  @Test
  void aJerseyClientGetsNoCompanion() {
    Client client = ClientBuilder.newClient();
    try {
      client.target("http://127.0.0.1:1/").request(); // makes the client configure itself
      assertFalse(client.getConfiguration().isRegistered(InstrumentatorFeature.class));
    } finally {
      client.close();
    }
  }

  @Test
  void anOriginalRegisteredAsAnInstanceIsRefusedWithTheFix() {
    ResourceConfig instance =
        application().register(new GreetingResource());

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> new ApplicationHandler(instance));
    assertEquals(
        "dev.instrumentator.jersey.scanned.GreetingResource is @Instrumented but registered as an"
            + " instance, which cannot be replaced by its decorator: register an instance of"
            + " dev.instrumentator.jersey.scanned.GreetingResource_Instrumented instead, or register the"
            + " class",
        failure.getMessage());
  }

  @Test
  void scanningAnOriginalWithASubResourceLocatorIsRefusedWithTheFix() {
    ResourceConfig scanned =
        application().packages(false, ShelfResource.class.getPackageName());

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> new ApplicationHandler(scanned));
    assertEquals(
        "dev.instrumentator.jersey.scanned.locator.ShelfResource and its decorator"
            + " ShelfResource_Instrumented are both registered (package scanning finds both), and"
            + " Jersey cannot take the sub-resource locator of ShelfResource twice. Register"
            + " ShelfResource_Instrumented or ShelfResource by class instead, and scan only"
            + " packages that do not hold it.",
        failure.getMessage());
  }

  private static ResourceConfig application() {
    return new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  private void assertGreetingCountedOnce(ResourceConfig application) throws Exception {
    try (JerseyServer server = JerseyServer.start(application)) {
      assertEquals("hello ada\n", server.get("/greetings/ada").body());
      assertEquals(
          Map.of(GREETED, 1.0),
          Scrape.awaitCounted(() -> Scrape.of(registry), 1).series("http_request_duration_seconds_count"));
    }
  }
}
