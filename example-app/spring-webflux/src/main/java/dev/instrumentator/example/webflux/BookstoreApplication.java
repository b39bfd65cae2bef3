package dev.instrumentator.example.webflux;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bookstore on Spring WebFlux, on Netty. Its {@link BookController} is {@code @Instrumented};
 * with instrumentator-spring on the class path, nothing else is needed: every request lands in
 * {@code http_request_duration_seconds} on {@code /actuator/prometheus}, timed until its response
 * is complete.
 *
 * <pre>
 * java -jar example-app/spring-webflux/target/bookstore-spring-webflux.jar
 * curl localhost:8080/books
 * curl localhost:8080/actuator/prometheus | grep http_request_duration_seconds
 * </pre>
 */
@SpringBootApplication
public class BookstoreApplication {
  public static void main(String[] args) {
    SpringApplication.run(BookstoreApplication.class, args);
  }
}
