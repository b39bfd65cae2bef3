package dev.instrumentator.example.ecosystem;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A {@code @Controller} with {@code @ResponseBody}, whose class annotations carry the rules:
 * {@code @Secured} for every method, {@code @Audited} for the aspects that match on the class.
 */
@Instrumented
@Controller
@ResponseBody
@Audited
@Secured("ROLE_ADMIN")
@RequestMapping("/reports")
public class ReportController {

  @GetMapping("/{year}")
  public String year(@PathVariable int year) {
    return "report " + year;
  }
}
