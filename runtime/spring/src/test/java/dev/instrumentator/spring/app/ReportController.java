package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Method security with {@code @PreAuthorize}, including expressions over the arguments. */
@Instrumented
@RestController
@RequestMapping("/reports")
public class ReportController {

  @GetMapping
  @PreAuthorize("hasAnyRole('READER', 'ADMIN')")
  public List<String> list() {
    return List.of("q1", "q2");
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  public String report(@PathVariable String id) {
    return "report " + id;
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  @ResponseStatus(HttpStatus.CREATED)
  public String create(@RequestBody String body) {
    return "created " + body;
  }

  @GetMapping("/owned/{owner}")
  @PreAuthorize("#owner == authentication.name")
  public String owned(@PathVariable String owner) {
    return "owned by " + owner;
  }

  @GetMapping("/summary")
  public String summary() {
    return "summary";
  }

  @DoNotTrack
  @GetMapping("/audit")
  @PreAuthorize("hasRole('ADMIN')")
  public String audit() {
    return "audit";
  }
}
