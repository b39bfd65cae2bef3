package dev.instrumentator.spring.traffic;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.testing.Later;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every kind of outcome a request to a timed method can have, for traffic mixed at random. */
@Instrumented
@RestController
@RequestMapping("/traffic")
public class TrafficController {

  @GetMapping("/ok")
  public String ok() {
    return "ok\n";
  }

  @GetMapping("/secret")
  public String secret() {
    return "secret\n";
  }

  @GetMapping("/missing")
  public String missing() {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such thing");
  }

  @GetMapping("/broken")
  public String broken() {
    throw new IllegalStateException("a bug");
  }

  /** Answers after {@code millis}. */
  @GetMapping("/slow")
  public String slow(@RequestParam int millis) throws InterruptedException {
    Thread.sleep(millis);
    return "slow\n";
  }

  @GetMapping("/async")
  public CompletableFuture<String> async() {
    return CompletableFuture.supplyAsync(
        () -> "async\n", CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS));
  }

  /** Never set: times out after 20 ms, and Spring answers 503. */
  @GetMapping("/timeout")
  public DeferredResult<String> timeout() {
    return new DeferredResult<>(20L);
  }

  /** A body written in ten parts {@code millis} apart, after the handler has returned. */
  @GetMapping("/stream")
  public StreamingResponseBody stream(@RequestParam int millis) {
    return output -> {
      for (int i = 0; i < 10; i++) {
        output.write("part\n".getBytes(StandardCharsets.US_ASCII));
        output.flush();
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    };
  }

  /**
   * Two events, {@code millis} apart, on another thread, the first {@code millis} after the
   * handler returned: Spring Security's {@code HeaderWriterFilter} writes its headers from
   * whichever thread commits the response first, unsynchronised, and an event sent while the
   * dispatch is still ending now and then gets {@code Pragma: no-cache} twice (ContainmentTest
   * saw it once in several runs; a race of Spring Security's, not of the metrics).
   */
  @GetMapping("/events")
  public SseEmitter events(@RequestParam int millis) {
    SseEmitter emitter = new SseEmitter();
    CompletableFuture.runAsync(
        () -> {
          try {
            Thread.sleep(millis);
            emitter.send("first");
            Thread.sleep(millis);
            emitter.send("last");
            emitter.complete();
          } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        Later.OWN_THREAD);
    return emitter;
  }
}
