package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.spring.internal.SpringStatus;
import dev.instrumentator.spring.internal.SwappedIn;
import javax.annotation.processing.Generated;
import org.springframework.web.bind.annotation.RestController;

/**
 * Times the handler methods of {@link NamedParametersController} into the request-duration histogram.
 * instrumentator-spring serves it in place of {@code NamedParametersController}: it swaps the bean's class.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@RestController
@SwappedIn
public class NamedParametersController_Instrumented extends NamedParametersController implements Described, LedgerApi, CatalogApi {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route BALANCE = Route.of("GET", "/ledger/{account}");

  private static final Route SECTION = Route.of("GET", "/catalog/{section}");

  private static final Route SHELF = Route.of("GET", "/catalog/{section}/{shelf}");

  public NamedParametersController_Instrumented() {
    super();
  }

  /**
   * GET /ledger/{account}
   */
  @Override
  public String balance(String account) {
    long start = Route.startTime();
    String result;
    try {
      result = super.balance(account);
    } catch (Throwable failure) {
      BALANCE.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    BALANCE.callFinished(start, 200);
    return result;
  }

  /**
   * GET /catalog/{section}
   */
  @Override
  public String section(String section) {
    long start = Route.startTime();
    String result;
    try {
      result = super.section(section);
    } catch (Throwable failure) {
      SECTION.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    SECTION.callFinished(start, 200);
    return result;
  }

  /**
   * GET /catalog/{section}/{shelf}
   */
  @Override
  public String shelf(String section, String shelf) {
    long start = Route.startTime();
    String result;
    try {
      result = super.shelf(section, shelf);
    } catch (Throwable failure) {
      SHELF.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    SHELF.callFinished(start, 200);
    return result;
  }
}
