package dev.instrumentator.example.dropwizard;

import dev.instrumentator.jersey.MetricsEndpoint;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;

/**
 * A Dropwizard application that registers its resource as usual and {@code /metrics}: with
 * instrumentator-jersey on the class path, Jersey's auto-discovery brings the companion.
 */
public class LibraryApplication extends Application<Configuration> {

  public static void main(String[] args) throws Exception {
    new LibraryApplication().run(args);
  }

  @Override
  public void run(Configuration configuration, Environment environment) {
    environment.jersey().register(LoanResource.class);
    environment.jersey().register(new MetricsEndpoint());
  }
}
