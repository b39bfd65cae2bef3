package dev.instrumentator.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instrumentator.runtime.testing.OtherVersions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * An application whose controllers' decorators another version of instrumentator generated does
 * not start when this runtime cannot run them: it stops as it starts, with a message naming both
 * versions and the fix, rather than failing with a {@code NoClassDefFoundError} later.
 */
class OtherVersionsTest {
  private static final String CONTROLLER =
      """
      package %1$s;
      public class Books {
        public String list() { return "books"; }
      }
      """;

  @Test
  void decoratorsCompiledAgainstThePreviousApiStopTheApplicationAsItStarts() {
    ClassLoader loader =
        OtherVersions.compiled(
            Map.of(
                "previous.Books", CONTROLLER.formatted("previous"),
                "previous.Books_Instrumented",
                """
                package previous;
                import dev.instrumentator.runtime.Route;
                public class Books_Instrumented extends Books {
                  private static final Route LIST = Route.of("GET", "/books");
                }
                """),
            OtherVersions.PREVIOUS_API);

    assertStartupRefused(
        loader,
        "previous.Books",
        OtherVersions.previousApiRefusal("previous.Books_Instrumented"));
  }

  @Test
  void decoratorsOfALaterContractStopTheApplicationAsItStarts() {
    ClassLoader loader =
        OtherVersions.compiled(
            Map.of(
                "next.Books", CONTROLLER.formatted("next"),
                "next.Books_Instrumented",
                """
                package next;
                import dev.instrumentator.runtime.internal.Contract;
                public class Books_Instrumented extends Books {
                  private static final Contract CONTRACT = Contract.require(2, "9.9.9");
                }
                """),
            Map.of());

    assertStartupRefused(
        loader,
        "next.Books",
        OtherVersions.nextContractRefusal("next.Books_Instrumented"));
  }

  private static void assertStartupRefused(ClassLoader loader, String controller, String message) {
    new WebApplicationContextRunner()
        .withClassLoader(loader)
        .withConfiguration(AutoConfigurations.of(InstrumentatorAutoConfiguration.class))
        .withInitializer(
            context ->
                ((BeanDefinitionRegistry) context.getBeanFactory())
                    .registerBeanDefinition("books", new RootBeanDefinition(controller)))
        .run(
            context ->
                assertThat(OtherVersions.refusal(context.getStartupFailure()))
                    .hasMessage(message));
  }
}
