package dev.instrumentator.spring.reactive;

import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reactor Netty as the reactive application's server. The tests' class path holds Tomcat too (for
 * the Spring MVC tests), and Spring Boot 3 prefers Tomcat for a reactive application where Spring
 * Boot 4 prefers Netty; WebFlux users mostly run Netty, so the tests do on both lines. Spring Boot
 * 4 moved the factory to another package: this file is Spring Boot 3's, its twin in src/test/boot4
 * Spring Boot 4's.
 */
@Configuration(proxyBeanMethods = false)
class NettyServer {
  @Bean
  NettyReactiveWebServerFactory nettyReactiveWebServerFactory() {
    return new NettyReactiveWebServerFactory();
  }

  /**
   * Stops at once, not gracefully: Reactor Netty 1.2 sometimes keeps a kept-alive connection's
   * answered request active after another client left mid-request, and the graceful shutdown waits
   * its 30 seconds for it, with instrumentator on or off (2 of 5 starts each, measured on 1.2.11).
   * Set after Spring Boot's own customizer, which sets {@code server.shutdown}.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  WebServerFactoryCustomizer<NettyReactiveWebServerFactory> immediateShutdown() {
    return factory -> factory.setShutdown(Shutdown.IMMEDIATE);
  }
}
