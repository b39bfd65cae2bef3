package dev.instrumentator.spring.reactive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * HTTP Basic with the users of the servlet tests, {@code reader} (role READER) and {@code admin}
 * (READER and ADMIN), password {@code secret}; URL rules ({@code /admin/**} needs ADMIN, actuator
 * and {@code /open/**} are open, the rest needs a user) and {@code @PreAuthorize} on methods
 * returning {@code Mono}.
 */
@Configuration
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class ReactiveSecurity {

  @Bean
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers("/actuator/**", "/metrics", "/open/**")
                    .permitAll()
                    .pathMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyExchange()
                    .authenticated())
        .httpBasic(Customizer.withDefaults())
        .build();
  }

  @Bean
  MapReactiveUserDetailsService users() {
    return new MapReactiveUserDetailsService(
        User.withUsername("reader").password("{noop}secret").roles("READER").build(),
        User.withUsername("admin").password("{noop}secret").roles("READER", "ADMIN").build());
  }
}
