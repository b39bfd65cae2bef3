package fixtures;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.spring.internal.SpringStatus;
import dev.instrumentator.spring.internal.SwappedIn;
import java.util.List;
import javax.annotation.processing.Generated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Times the handler methods of {@link BookController} into the request-duration histogram.
 * instrumentator-spring serves it in place of {@code BookController}: it swaps the bean's class.
 */
@Generated("dev.instrumentator.processor.InstrumentedProcessor")
@RestController
@RequestMapping("/books")
@SwappedIn
public class BookController_Instrumented extends BookController {
  private static final Contract CONTRACT = Contract.require(1, "${project.version}");

  private static final Route LIST = Route.of("GET", "/books");

  private static final Route GET = Route.of("GET", "/books/{isbn}", "/books/by-isbn/{isbn}");

  private static final Route ADD = Route.of("POST", "/books");

  private static final Route DELETE = Route.of("DELETE", "/books/{isbn}");

  private static final Route REPLACE = Route.of("PUT", "/books/{isbn}");

  private static final Route ECHO = Route.of(Route.ANY_METHOD, "/books/echo");

  private static final Route LEGACY = Route.of("GET");

  private static final Route COUNT = Route.of("GET", "/books/count");

  private static final Route SEARCH = Route.of("GET", "/books/search");

  private static final Route BASE = Route.of("GET", "/books/base");

  @Autowired
  public BookController_Instrumented(@Value("${shelf:main}") String shelf) {
    super(shelf);
  }

  /**
   * GET /books
   */
  @Override
  @GetMapping
  public List<String> list() {
    long start = Route.startTime();
    List<String> result;
    try {
      result = super.list();
    } catch (Throwable failure) {
      LIST.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    LIST.callFinished(start, 200);
    return result;
  }

  /**
   * GET /books/{isbn}, /books/by-isbn/{isbn}
   */
  @Override
  @GetMapping({
      "/{isbn:\\d+}",
      "/by-isbn/{isbn}"
  })
  public String get(@PathVariable String isbn) {
    long start = Route.startTime();
    String result;
    try {
      result = super.get(isbn);
    } catch (Throwable failure) {
      GET.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    GET.callFinished(start, 200);
    return result;
  }

  /**
   * POST /books
   */
  @Override
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public String add(@RequestBody String title) {
    long start = Route.startTime();
    String result;
    try {
      result = super.add(title);
    } catch (Throwable failure) {
      ADD.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    ADD.callFinished(start, HttpStatus.CREATED.value());
    return result;
  }

  /**
   * DELETE /books/{isbn}
   */
  @Override
  @DeleteMapping("/{isbn}")
  public ResponseEntity<Void> delete(@PathVariable String isbn) {
    long start = Route.startTime();
    ResponseEntity<Void> result;
    try {
      result = super.delete(isbn);
    } catch (Throwable failure) {
      DELETE.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    DELETE.callFinished(start, result == null ? 200 : result.getStatusCode().value());
    return result;
  }

  /**
   * PUT /books/{isbn}
   */
  @Override
  @PutMapping("/{isbn}")
  @ResponseStatus(
      code = HttpStatus.ACCEPTED
  )
  public void replace(@PathVariable String isbn, @RequestBody String title) {
    long start = Route.startTime();
    try {
      super.replace(isbn, title);
    } catch (Throwable failure) {
      REPLACE.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    REPLACE.callFinished(start, HttpStatus.ACCEPTED.value());
  }

  /**
   * (any method) /books/echo
   */
  @Override
  @RequestMapping("/echo")
  public String echo() {
    long start = Route.startTime();
    String result;
    try {
      result = super.echo();
    } catch (Throwable failure) {
      ECHO.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    ECHO.callFinished(start, 200);
    return result;
  }

  /**
   * GET (a path resolved at run time)
   */
  @Override
  @GetMapping("${books.legacy-path:/legacy}")
  public String legacy() {
    long start = Route.startTime();
    String result;
    try {
      result = super.legacy();
    } catch (Throwable failure) {
      LEGACY.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    LEGACY.callFinished(start, 200);
    return result;
  }

  /**
   * GET /books/count
   */
  @Override
  public String count() {
    long start = Route.startTime();
    String result;
    try {
      result = super.count();
    } catch (Throwable failure) {
      COUNT.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    COUNT.callFinished(start, 200);
    return result;
  }

  /**
   * GET /books/search
   */
  @Override
  @BookController.Find("/search")
  public String search(@RequestParam String q) {
    long start = Route.startTime();
    String result;
    try {
      result = super.search(q);
    } catch (Throwable failure) {
      SEARCH.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    SEARCH.callFinished(start, 200);
    return result;
  }

  /**
   * GET /books/base
   */
  @Override
  @GetMapping("/base")
  public String base() {
    long start = Route.startTime();
    String result;
    try {
      result = super.base();
    } catch (Throwable failure) {
      BASE.callFinished(start, SpringStatus.of(failure));
      throw failure;
    }
    BASE.callFinished(start, 200);
    return result;
  }
}
