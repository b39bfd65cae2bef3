package dev.instrumentator.spring.inprogress;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** An application whose requests wait at a gate the test opens, open to anyone. */
@SpringBootApplication
public class GateApplication {
  @Bean
  SecurityFilterChain everyoneIn(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
  }
}
