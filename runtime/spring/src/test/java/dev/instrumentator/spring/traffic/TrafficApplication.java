package dev.instrumentator.spring.traffic;

import dev.instrumentator.spring.attribution.FailureController;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An application for traffic of every kind: {@link TrafficController}, an {@code @Instrumented}
 * error controller that answers every error page, and Spring Security refusing {@code
 * /traffic/secret} to anonymous clients.
 */
@SpringBootApplication
@Import(FailureController.class)
public class TrafficApplication {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    return http.csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(
            requests ->
                requests.requestMatchers("/traffic/secret").authenticated().anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("reader").password("{noop}secret").roles("READER").build());
  }
}
