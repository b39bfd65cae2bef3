package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every way a handler method decides its status, and every kind of mapping. */
@Instrumented
@RestController
@RequestMapping("/status")
public class StatusController {

  @GetMapping("/entity/{code}")
  public ResponseEntity<String> entity(@PathVariable int code) {
    return ResponseEntity.status(code).body("entity " + code);
  }

  @PostMapping("/created")
  @ResponseStatus(HttpStatus.CREATED)
  public String created() {
    return "created";
  }

  @PutMapping("/void")
  public void nothing() {}

  @GetMapping("/conflict/{id}")
  public String conflict(@PathVariable String id) {
    throw new ConflictException(id);
  }

  @GetMapping("/missing/{id}")
  public String missing(@PathVariable String id) {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + id);
  }

  @GetMapping("/gone")
  public String gone() {
    throw new GoneException();
  }

  @GetMapping("/boom")
  public String boom() {
    throw new IllegalStateException("boom");
  }

  @GetMapping("/items/{id:\\d+}")
  public String item(@PathVariable String id) {
    return "item " + id;
  }

  @GetMapping({"/one", "/two/{n}"})
  public String several() {
    return "several";
  }

  @RequestMapping("/any")
  public String any() {
    return "any";
  }

  @GetMapping("${status.legacy-path:/legacy}")
  public String legacy() {
    return "legacy";
  }

  @GetMapping("/files/**")
  public String files() {
    return "files";
  }

  @GetMapping("/rest/{*rest}")
  public String rest(@PathVariable String rest) {
    return "rest " + rest;
  }

  @DoNotTrack
  @GetMapping("/untracked")
  public String untracked() {
    return "untracked";
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public String onConflict(ConflictException e) {
    return "conflict " + e.getMessage();
  }
}
