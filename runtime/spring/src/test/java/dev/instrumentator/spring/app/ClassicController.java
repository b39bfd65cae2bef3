package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code @Controller} with {@code @ResponseBody}, and mappings spelled with {@code @RequestMapping}. */
@Instrumented
@Controller
@ResponseBody
public class ClassicController {

  @RequestMapping(path = "/classic/{name}", method = RequestMethod.GET)
  public String hello(@PathVariable String name) {
    return "hello " + name;
  }

  @RequestMapping(path = {"/classic/{name}/shout", "/classic/{name}/yell"}, method = RequestMethod.POST)
  @PreAuthorize("hasRole('ADMIN')")
  public String shout(@PathVariable String name) {
    return "HELLO " + name;
  }
}
