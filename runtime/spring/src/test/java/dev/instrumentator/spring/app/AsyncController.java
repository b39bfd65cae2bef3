package dev.instrumentator.spring.app;

import dev.instrumentator.annotations.Instrumented;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;

/** Results that complete on another thread after {@link #DELAY}, or fail there. */
@Instrumented
@RestController
@RequestMapping("/async")
public class AsyncController {
  public static final Duration DELAY = Duration.ofMillis(150);

  private static final Executor LATER =
      CompletableFuture.delayedExecutor(DELAY.toMillis(), TimeUnit.MILLISECONDS);

  @GetMapping("/future")
  public CompletableFuture<String> future() {
    return CompletableFuture.supplyAsync(() -> "future", LATER);
  }

  @GetMapping("/future/fails")
  public CompletableFuture<String> futureFails() {
    return CompletableFuture.supplyAsync(
        () -> {
          throw new IllegalStateException("failed later");
        },
        LATER);
  }

  @GetMapping("/future/conflict")
  public CompletableFuture<String> futureConflict() {
    return CompletableFuture.supplyAsync(
        () -> {
          throw new ConflictException("later");
        },
        LATER);
  }

  @GetMapping("/deferred")
  public DeferredResult<String> deferred() {
    DeferredResult<String> result = new DeferredResult<>();
    LATER.execute(() -> result.setResult("deferred"));
    return result;
  }

  @GetMapping("/deferred/missing")
  public DeferredResult<String> deferredMissing() {
    DeferredResult<String> result = new DeferredResult<>();
    LATER.execute(
        () -> result.setErrorResult(new ResponseStatusException(HttpStatus.NOT_FOUND, "later")));
    return result;
  }

  @GetMapping("/callable")
  public Callable<String> callable() {
    return () -> {
      Thread.sleep(DELAY.toMillis());
      return "callable";
    };
  }

  @GetMapping("/callable/fails")
  public Callable<String> callableFails() {
    return () -> {
      Thread.sleep(DELAY.toMillis());
      throw new IllegalStateException("failed later");
    };
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public String onConflict(ConflictException e) {
    return "conflict " + e.getMessage();
  }
}
