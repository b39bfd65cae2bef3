package dev.instrumentator.example.ecosystem;

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
 * ADMIN), password {@code secret}. Every path is open to the URL rules but {@code /reports/**}:
 * method security decides, with {@code @PreAuthorize}, {@code @PostAuthorize}, {@code @Secured}
 * and JSR-250's {@code @RolesAllowed}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(securedEnabled = true, jsr250Enabled = true)
public class SecurityConfiguration {
  public static final String PASSWORD = "secret";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(
            requests ->
                requests.requestMatchers("/reports/**").authenticated().anyRequest().permitAll())
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
