package dev.instrumentator.spring.reactive;

import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reactor Netty as the reactive application's server. The tests' class path holds Tomcat too (for
 * the Spring MVC tests), and Spring Boot 3 prefers Tomcat for a reactive application where Spring
 * Boot 4 prefers Netty; WebFlux users mostly run Netty, so the tests do on both lines. Spring Boot 4 moved the factory to another package: this file is Spring Boot 4's, its twin in src/test/boot3 Spring Boot 3's.
 */
@Configuration(proxyBeanMethods = false)
class NettyServer {
  @Bean
  NettyReactiveWebServerFactory nettyReactiveWebServerFactory() {
    return new NettyReactiveWebServerFactory();
  }
}
