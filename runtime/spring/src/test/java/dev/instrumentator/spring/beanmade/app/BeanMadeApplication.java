package dev.instrumentator.spring.beanmade.app;

import dev.instrumentator.spring.beanmade.MadeController;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An application that makes its controller with a {@code @Bean} method, which gives the bean no
 * class name to swap: it is served without its decorator, and start-up says so.
 */
@SpringBootApplication
public class BeanMadeApplication {
  @Bean
  MadeController madeController() {
    return new MadeController();
  }
}
