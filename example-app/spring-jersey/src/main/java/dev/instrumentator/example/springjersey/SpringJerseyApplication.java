package dev.instrumentator.example.springjersey;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Spring MVC controllers at {@code /}, and JAX-RS resources that spring-boot-starter-jersey serves
 * through a Jersey servlet at {@code /jaxrs} ({@code spring.jersey.application-path}): the Spring
 * companion times every request that enters the servlet container, and the Jersey companion those
 * that reach Jersey, which it claims, so that each counts once.
 */
@SpringBootApplication
public class SpringJerseyApplication {
  public static void main(String[] args) {
    SpringApplication.run(SpringJerseyApplication.class, args);
  }

  @Bean
  ResourceConfig jaxRsResources() {
    return new ResourceConfig().register(BookResource.class);
  }
}
