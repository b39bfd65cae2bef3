package dev.instrumentator.spring.bodies;

import dev.instrumentator.annotations.Instrumented;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bodies of every kind of length: echoed, JSON (whose Content-Length the container sets only
 * after the filter), large (chunked on the wire), none, an error page, and streamed.
 */
@Instrumented
@RestController
public class BodiesController {

  @PostMapping("/bodies/echo")
  public String echo(@RequestBody String body) {
    return body + body;
  }

  @GetMapping("/bodies/json")
  public Map<String, String> json() {
    return Map.of("title", "Dune", "author", "Frank Herbert");
  }

  /** JSON larger than Tomcat's buffer, so it goes out chunked. */
  @GetMapping("/bodies/large")
  public List<String> large() {
    return Collections.nCopies(2_000, "xxxxxxxxxx");
  }

  @DeleteMapping("/bodies")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete() {}

  @GetMapping("/bodies/missing")
  public String missing() {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  /** 100 bytes, written {@code millis} after the handler returned. */
  @GetMapping("/bodies/stream")
  public StreamingResponseBody stream(@RequestParam(defaultValue = "0") int millis) {
    return output -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      output.write(new byte[100]);
    };
  }
}
