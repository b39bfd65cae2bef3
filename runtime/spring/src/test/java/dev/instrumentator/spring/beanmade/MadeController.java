package dev.instrumentator.spring.beanmade;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An @Instrumented controller that an application makes with a @Bean method. */
@Instrumented
@RestController
public class MadeController {
  @GetMapping("/made")
  public String made() {
    return "made";
  }
}
