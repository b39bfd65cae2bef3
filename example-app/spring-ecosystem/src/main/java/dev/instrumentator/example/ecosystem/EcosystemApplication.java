package dev.instrumentator.example.ecosystem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * A Spring Boot service with the libraries most services have, beside instrumentator: Spring
 * Security's method security over arguments ({@code @P}, Spring Data's {@code @Param}, compiled
 * names), {@code @Secured} and JSR-250; interceptors and advice that read handler annotations;
 * aspects of every pointcut kind; Micrometer's {@code @Timed}, {@code @Counted} and {@code
 * @Observed}; springdoc; Spring HATEOAS; method validation with messages; transactions. Its test
 * runs it with and without instrumentator and compares everything a client and those libraries
 * see.
 */
@SpringBootApplication
@EnableTransactionManagement
public class EcosystemApplication {
  public static void main(String[] args) {
    SpringApplication.run(EcosystemApplication.class, args);
  }
}
