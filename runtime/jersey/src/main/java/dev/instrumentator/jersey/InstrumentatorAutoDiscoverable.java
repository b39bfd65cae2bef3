package dev.instrumentator.jersey;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link InstrumentatorFeature} in every Jersey server application that has {@code
 * instrumentator-jersey} on its class path and has not registered it already: the application
 * writes nothing. Jersey finds it through {@code META-INF/services}, as it finds its JSON providers.
 *
 * <p>Off when Jersey's auto-discovery is ({@code jersey.config.disableAutoDiscovery} or {@code
 * jersey.config.server.disableAutoDiscovery}), or when the application sets {@value #ENABLED} to
 * {@code false}. Never in a Jersey client.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class InstrumentatorAutoDiscoverable implements AutoDiscoverable {
  /** The application property that, set to {@code false}, keeps the companion out. */
  public static final String ENABLED = "instrumentator.jersey.enabled";

  @Override
  public void configure(FeatureContext context) {
    Configuration configuration = context.getConfiguration();
    if (configuration.getRuntimeType() == RuntimeType.SERVER
        && !"false".equalsIgnoreCase(String.valueOf(configuration.getProperty(ENABLED)))
        && !configuration.isRegistered(InstrumentatorFeature.class)) {
      context.register(InstrumentatorFeature.class);
    }
  }
}
