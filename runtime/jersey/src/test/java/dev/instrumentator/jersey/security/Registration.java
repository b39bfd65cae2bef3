package dev.instrumentator.jersey.security;

import dev.instrumentator.jersey.InstrumentatorFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The ways an application can serve the corpus: the uninstrumented original, and every supported
 * way of serving its decorators. Each application has the same security: roles from a header,
 * {@code @RolesAllowed} enforced, a name-bound filter; Bean Validation is on by auto-discovery.
 */
enum Registration {
  ORIGINALS_ALONE {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.ORIGINALS.forEach(application::register);
      return application;
    }
  },
  COMPANION_AND_ORIGINALS {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.ORIGINALS.forEach(application::register);
      return application.register(InstrumentatorFeature.class);
    }
  },
  COMPANION_AND_DECORATORS {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.DECORATORS.forEach(application::register);
      return application.register(InstrumentatorFeature.class);
    }
  },
  PACKAGE_SCANNING {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      return application.packages(false, Corpus.PACKAGE).register(InstrumentatorFeature.class);
    }
  },
  DECORATORS_ALONE {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.DECORATORS.forEach(application::register);
      return application;
    }
  };

  /** The instrumented ways, each compared with {@link #ORIGINALS_ALONE}. */
  static final Registration[] INSTRUMENTED = {
    COMPANION_AND_ORIGINALS, COMPANION_AND_DECORATORS, PACKAGE_SCANNING, DECORATORS_ALONE
  };

  abstract ResourceConfig resources(ResourceConfig application);

  boolean withCompanion() {
    return this != ORIGINALS_ALONE && this != DECORATORS_ALONE;
  }

  ResourceConfig application() {
    return resources(
        new ResourceConfig()
            .register(RoleHeader.class)
            .register(RolesAllowedDynamicFeature.class)
            .register(AuthenticatedFilter.class)
            .register(AccountWriter.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }
}
