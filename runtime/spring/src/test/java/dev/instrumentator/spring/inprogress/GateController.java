package dev.instrumentator.spring.inprogress;

import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.runtime.testing.Later;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** Requests that wait at a gate, synchronously or asynchronously, until the test opens it. */
@Instrumented
@RestController
public class GateController {
  /** Permits the test releases, one per request to let through. */
  public static final Semaphore GATE = new Semaphore(0);

  @GetMapping("/gate")
  public String through() throws InterruptedException {
    pass();
    return "through";
  }

  @GetMapping("/gate/deferred")
  public DeferredResult<String> deferredThrough() {
    DeferredResult<String> result = new DeferredResult<>(30_000L);
    CompletableFuture.runAsync(
        () -> {
          try {
            pass();
            result.setResult("through");
          } catch (InterruptedException e) {
            result.setErrorResult(e);
          }
        },
        Later.OWN_THREAD);
    return result;
  }

  private static void pass() throws InterruptedException {
    if (!GATE.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the test never opened the gate");
    }
  }
}
