package dev.instrumentator.example.webflux;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Anyone may browse the books and Prometheus may scrape; ordering needs a signed-in customer
 * (HTTP Basic), adding and removing books an admin ({@code @PreAuthorize} on the controller's
 * reactive methods).
 */
@Configuration
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(HttpMethod.GET, "/books", "/books/**")
                    .permitAll()
                    .pathMatchers(HttpMethod.HEAD, "/books", "/books/**")
                    .permitAll()
                    .pathMatchers("/actuator/health", "/actuator/prometheus")
                    .permitAll()
                    .anyExchange()
                    .authenticated())
        .httpBasic(Customizer.withDefaults())
        .build();
  }

  /** Two users, whose password is {@code bookstore.password} ({@code secret}). */
  @Bean
  MapReactiveUserDetailsService users(@Value("${bookstore.password:secret}") String password) {
    return new MapReactiveUserDetailsService(
        User.withUsername("customer").password("{noop}" + password).roles("CUSTOMER").build(),
        User.withUsername("admin").password("{noop}" + password).roles("CUSTOMER", "ADMIN").build());
  }
}
