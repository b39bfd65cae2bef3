package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Times the handler methods of {@link ClashingNamesController} into the request-duration histogram.
 * instrumentator-spring serves it in place of {@code ClashingNamesController}: it swaps the bean's class.
 */
@javax.annotation.processing.Generated("dev.instrumentator.processor.InstrumentedProcessor")
@RestController
@dev.instrumentator.spring.internal.SwappedIn
public class ClashingNamesController_Instrumented extends ClashingNamesController {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final dev.instrumentator.runtime.internal.Route GET = dev.instrumentator.runtime.internal.Route.of("GET", "/clashing");

  private static final dev.instrumentator.runtime.internal.Route POST = dev.instrumentator.runtime.internal.Route.of("POST", "/clashing");

  public ClashingNamesController_Instrumented() {
    super();
  }

  /**
   * GET /clashing
   */
  @Override
  @GetMapping("/clashing")
  public ResponseEntity<String> get() {
    long start = dev.instrumentator.runtime.internal.Route.startTime();
    ResponseEntity<String> result;
    try {
      result = super.get();
    } catch (Throwable failure) {
      GET.callFinished(start, dev.instrumentator.spring.internal.SpringStatus.of(failure));
      throw failure;
    }
    GET.callFinished(start, result == null ? 200 : result.getStatusCode().value());
    return result;
  }

  /**
   * POST /clashing
   */
  @Override
  @PostMapping("/clashing")
  @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
  public String post() {
    long start = dev.instrumentator.runtime.internal.Route.startTime();
    String result;
    try {
      result = super.post();
    } catch (Throwable failure) {
      POST.callFinished(start, dev.instrumentator.spring.internal.SpringStatus.of(failure));
      throw failure;
    }
    POST.callFinished(start, org.springframework.http.HttpStatus.CREATED.value());
    return result;
  }
}
