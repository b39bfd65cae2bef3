package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring MVC controller with every kind of mapping: composed annotations, a class prefix,
 * several paths, any method, a placeholder, two from an interface (one @DoNotTrack there), one inherited from a
 * superclass, one through the user's own annotation; and statuses from ResponseEntity,
 * @ResponseStatus (value and code) and void.
 */
@Instrumented
@RestController
@RequestMapping("/books")
public class BookController extends BaseController implements BookApi {
  private final String shelf;

  @Autowired
  public BookController(@Value("${shelf:main}") String shelf) {
    this.shelf = shelf;
  }

  @GetMapping
  public List<String> list() {
    return List.of(shelf);
  }

  @GetMapping({"/{isbn:\\d+}", "/by-isbn/{isbn}"})
  public String get(@PathVariable String isbn) {
    return isbn;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public String add(@RequestBody String title) {
    return title;
  }

  @DeleteMapping("/{isbn}")
  public ResponseEntity<Void> delete(@PathVariable String isbn) {
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/{isbn}")
  @ResponseStatus(code = HttpStatus.ACCEPTED)
  public void replace(@PathVariable String isbn, @RequestBody String title) {}

  @RequestMapping("/echo")
  public String echo() {
    return "echo";
  }

  @GetMapping("${books.legacy-path:/legacy}")
  public String legacy() {
    return "legacy";
  }

  @Override
  public String count() {
    return "1";
  }

  @Override
  public String ping() {
    return "pong";
  }

  @Find("/search")
  public String search(@RequestParam String q) {
    return q;
  }

  @DoNotTrack
  @GetMapping("/health")
  public String health() {
    return "ok";
  }

  /** The user's own composed mapping, meta-annotated with @RequestMapping. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @RequestMapping(method = RequestMethod.GET)
  public @interface Find {
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
  }
}

interface BookApi {
  @GetMapping("/count")
  String count();

  @DoNotTrack
  @GetMapping("/ping")
  String ping();
}

abstract class BaseController {
  @GetMapping("/base")
  public String base() {
    return "base";
  }
}
