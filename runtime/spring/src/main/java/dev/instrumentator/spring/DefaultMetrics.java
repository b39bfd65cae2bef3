package dev.instrumentator.spring;

import dev.instrumentator.runtime.HttpMetrics;
import org.springframework.beans.factory.InitializingBean;

/**
 * Makes the application context's {@link HttpMetrics} (instrumentator's bean or the application's
 * own) the process's default as the context starts: decorators record there a call that no
 * request made (one the application makes itself, outside a request). It stays the default until
 * another context in the JVM makes its own the default; when the context closes, its metrics are
 * unregistered, and such a call is recorded where no one scrapes it.
 */
final class DefaultMetrics implements InitializingBean {
  private final HttpMetrics metrics;

  DefaultMetrics(HttpMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void afterPropertiesSet() {
    HttpMetrics.setDefault(metrics);
  }
}
