package dev.instrumentator.spring.testing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application started on a free loopback port for one test class, with properties of its
 * own; several may run at once, as Spring's test framework keeps several contexts.
 */
public final class App implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private App(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts {@code application} with {@code properties} ({@code name=value}), which take
   * precedence over its application.properties, as command-line arguments do.
   */
  public static App start(Class<?> application, String... properties) {
    return start(List.of(application), properties);
  }

  /** The same, from several sources: an application and configurations added for one test. */
  public static App start(List<Class<?>> sources, String... properties) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return new App(
        new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
            .run(arguments.toArray(String[]::new)));
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  /** The port it serves on. */
  public int port() {
    return context.getEnvironment().getRequiredProperty("local.server.port", int.class);
  }

  public Http http() {
    return Http.onPort(context.getEnvironment().getRequiredProperty("local.server.port", int.class));
  }

  @Override
  public void close() {
    context.close();
  }
}
