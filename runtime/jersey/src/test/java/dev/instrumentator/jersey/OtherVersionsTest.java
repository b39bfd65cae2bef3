package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.instrumentator.jersey.testing.JerseyServer;
import dev.instrumentator.runtime.testing.OtherVersions;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * An application whose decorators another version of instrumentator generated does not start when
 * this runtime cannot run them: it stops as it starts, with a message naming both versions and the
 * fix, rather than failing its first request with a {@code NoClassDefFoundError}.
 */
class OtherVersionsTest {
  private static final String RESOURCE =
      """
      package %1$s;
      import dev.instrumentator.annotations.Instrumented;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      @Instrumented
      @Path("/books")
      public class Books {
        @GET
        public String list() { return "books"; }
      }
      """;

  /** As the processor wrote decorators before they checked their contract, for its API. */
  private static final String PREVIOUS_DECORATOR =
      """
      package previous;
      import dev.instrumentator.runtime.Route;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      @Path("/books")
      public class Books_Instrumented extends Books {
        private static final Route LIST = Route.of("GET", "/books");
        @Override
        @GET
        public String list() {
          long start = Route.startTime();
          String result = super.list();
          LIST.callFinished(start, 200);
          return result;
        }
      }
      """;

  /** As a later processor, of a contract this runtime does not run, would write one. */
  private static final String NEXT_DECORATOR =
      """
      package next;
      import dev.instrumentator.runtime.internal.Contract;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      @Path("/books")
      public class Books_Instrumented extends Books {
        private static final Contract CONTRACT = Contract.require(2, "9.9.9");
        @Override
        @GET
        public String list() { return super.list(); }
      }
      """;

  @Test
  void decoratorsCompiledAgainstThePreviousApiStopTheApplicationAsItStarts() throws Exception {
    ClassLoader loader =
        OtherVersions.compiled(
            Map.of(
                "previous.Books", RESOURCE.formatted("previous"),
                "previous.Books_Instrumented", PREVIOUS_DECORATOR),
            OtherVersions.PREVIOUS_API);

    IllegalStateException refused = startupFailure(loader.loadClass("previous.Books"));

    assertEquals(
        OtherVersions.previousApiRefusal("previous.Books_Instrumented"), refused.getMessage());
  }

  @Test
  void decoratorsOfALaterContractStopTheApplicationAsItStarts() throws Exception {
    ClassLoader loader =
        OtherVersions.compiled(
            Map.of(
                "next.Books", RESOURCE.formatted("next"),
                "next.Books_Instrumented", NEXT_DECORATOR),
            Map.of());

    IllegalStateException refused = startupFailure(loader.loadClass("next.Books"));

    assertEquals(OtherVersions.nextContractRefusal("next.Books_Instrumented"), refused.getMessage());
  }

  /** The failure that stops an application serving {@code resource}, from its cause chain. */
  private static IllegalStateException startupFailure(Class<?> resource) {
    ResourceConfig application =
        new ResourceConfig(resource).property(ServerProperties.WADL_FEATURE_DISABLE, true);
    return OtherVersions.refusal(
        assertThrows(Throwable.class, () -> JerseyServer.start(application).close()));
  }
}
