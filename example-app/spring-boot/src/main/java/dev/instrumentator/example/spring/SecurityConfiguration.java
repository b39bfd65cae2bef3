package dev.instrumentator.example.spring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may browse the books and Prometheus may scrape; ordering needs a signed-in customer
 * (HTTP Basic), adding and removing books an admin ({@code @PreAuthorize} on the controller).
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/books", "/books/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/books", "/books/**")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/prometheus", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(Customizer.withDefaults());
    return http.build();
  }

  /** Two users, whose password is {@code bookstore.password} ({@code secret}). */
  @Bean
  UserDetailsService users(@Value("${bookstore.password:secret}") String password) {
    return new InMemoryUserDetailsManager(
        User.withUsername("customer").password("{noop}" + password).roles("CUSTOMER").build(),
        User.withUsername("admin").password("{noop}" + password).roles("CUSTOMER", "ADMIN").build());
  }
}
