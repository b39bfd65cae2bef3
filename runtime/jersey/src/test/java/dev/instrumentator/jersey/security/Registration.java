package dev.instrumentator.jersey.security;

import dev.instrumentator.jersey.InstrumentatorAutoDiscoverable;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The ways an application can serve the corpus: the uninstrumented original, and every supported
 * way of serving its decorators, the companion coming by Jersey's auto-discovery. Each application has the same security: roles from a header,
 * {@code @RolesAllowed} enforced, a name-bound filter; Bean Validation is on by auto-discovery.
 */
enum Registration {
  ORIGINALS_ALONE {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.ORIGINALS.forEach(application::register);
      return withoutCompanion(application);
    }
  },
  COMPANION_AND_ORIGINALS {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.ORIGINALS.forEach(application::register);
      return application;
    }
  },
  COMPANION_AND_DECORATORS {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.DECORATORS.forEach(application::register);
      return application;
    }
  },
  PACKAGE_SCANNING {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      return application.packages(false, Corpus.PACKAGE);
    }
  },
  DECORATORS_ALONE {
    @Override
    ResourceConfig resources(ResourceConfig application) {
      Corpus.DECORATORS.forEach(application::register);
      return withoutCompanion(application);
    }
  };

  /** The instrumented ways, each compared with {@link #ORIGINALS_ALONE}. */
  static final Registration[] INSTRUMENTED = {
    COMPANION_AND_ORIGINALS, COMPANION_AND_DECORATORS, PACKAGE_SCANNING, DECORATORS_ALONE
  };

  abstract ResourceConfig resources(ResourceConfig application);

  /** The companion comes by auto-discovery; without it is the uninstrumented or bare way. */
  private static ResourceConfig withoutCompanion(ResourceConfig application) {
    return application.property(InstrumentatorAutoDiscoverable.ENABLED, false);
  }

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
