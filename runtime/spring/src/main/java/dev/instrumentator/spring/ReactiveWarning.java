package dev.instrumentator.spring;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Tells a reactive (WebFlux) application that instrumentator does not time its requests: a
 * decorator would time a handler method until it returns its {@code Mono}, not until the response
 * is written, so its controllers are served as they are.
 */
final class ReactiveWarning implements SmartInitializingSingleton {
  static final String MESSAGE =
      "instrumentator: Spring WebFlux is not supported yet, so this reactive application's"
          + " @Instrumented controllers are served as written and none of their requests is timed"
          + " (instrumentator-spring times Spring MVC). Set instrumentator.enabled=false to silence"
          + " this warning.";

  private static final Log LOG = LogFactory.getLog(InstrumentatorAutoConfiguration.class);

  @Override
  public void afterSingletonsInstantiated() {
    LOG.warn(MESSAGE);
  }
}
