package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Guarded by a URL rule alone ({@code /admin/**} needs ADMIN). */
@Instrumented
@RestController
@RequestMapping("/admin")
public class AdminController {

  @GetMapping("/stats")
  public String stats() {
    return "stats";
  }

  @PutMapping("/settings/{key}")
  public String setting(@PathVariable String key, @RequestBody String value) {
    return key + "=" + value;
  }
}
