package dev.instrumentator.spring.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic with two users, {@code reader} (role READER) and {@code admin} (roles READER and
 * ADMIN); URL rules ({@code /admin/**} needs ADMIN, a few paths are open, {@code /error} among
 * them as Spring Boot advises, the rest needs a user)
 * and method security ({@code @PreAuthorize}, {@code @Secured}).
 */
@Configuration
@EnableMethodSecurity(securedEnabled = true)
public class SecurityConfiguration {
  public static final String PASSWORD = "secret";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/**", "/metrics", "/error", "/status/**", "/async/**")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .httpBasic(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("reader").password("{noop}" + PASSWORD).roles("READER").build(),
        User.withUsername("admin").password("{noop}" + PASSWORD).roles("READER", "ADMIN").build());
  }
}
