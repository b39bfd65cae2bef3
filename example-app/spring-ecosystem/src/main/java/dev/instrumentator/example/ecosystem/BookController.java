package dev.instrumentator.example.ecosystem;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;
import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.methodOn;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import io.micrometer.core.annotation.Counted;
import io.micrometer.core.annotation.Timed;
import io.micrometer.observation.annotation.Observed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import org.springframework.data.repository.query.Param;
import org.springframework.hateoas.EntityModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.parameters.P;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Books, under every kind of method security and with the annotations that aspects,
 * interceptors and Micrometer read on a handler method.
 */
@Instrumented
@RestController
@RequestMapping("/books")
public class BookController {

  @Audited
  @GetMapping("/{id}")
  public Book one(@PathVariable long id) {
    return new Book(id, "Book " + id, id % 2 == 0 ? "admin" : "reader");
  }

  /** Spring HATEOAS links, built from this class's mappings. */
  @GetMapping("/{id}/model")
  public EntityModel<Book> model(@PathVariable long id) {
    return EntityModel.of(
        one(id),
        linkTo(methodOn(BookController.class).model(id)).withSelfRel(),
        linkTo(BookController.class).withRel("books"));
  }

  /** An argument named by Spring Security's {@code @P}, other than its compiled name. */
  @PreAuthorize("#n != 'secret' or hasRole('ADMIN')")
  @GetMapping("/named/{name}")
  public String named(@P("n") @PathVariable String name) {
    return "named " + name;
  }

  @PreAuthorize("#o == authentication.name")
  @GetMapping("/owned/{owner}")
  public String owned(@P("o") @PathVariable String owner) {
    return "owned by " + owner;
  }

  /** An argument named by Spring Data's {@code @Param}, which Spring Security reads too. */
  @PreAuthorize("#t != 'secret' or hasRole('ADMIN')")
  @GetMapping("/titled/{title}")
  public String titled(@Param("t") @PathVariable String title) {
    return "titled " + title;
  }

  /** An argument named by its compiled name ({@code -parameters}). */
  @PreAuthorize("#title != 'secret' or hasRole('ADMIN')")
  @GetMapping("/compiled/{title}")
  public String compiled(@PathVariable String title) {
    return "compiled " + title;
  }

  @PostAuthorize("returnObject.owner() == authentication.name or hasRole('ADMIN')")
  @GetMapping("/{id}/private")
  public Book privateCopy(@PathVariable long id) {
    return one(id);
  }

  @Secured("ROLE_ADMIN")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void remove(@PathVariable long id) {}

  @RolesAllowed("ADMIN")
  @PutMapping("/{id}")
  public String rename(@PathVariable long id, @RequestBody String title) {
    return "renamed " + id + " to " + title;
  }

  @RawApiKey
  @GetMapping("/raw")
  public String raw() {
    return "raw data";
  }

  @Timed("books.timed")
  @GetMapping("/timed")
  public String timed() {
    return "timed";
  }

  @Counted("books.counted")
  @GetMapping("/counted")
  public String counted() {
    return "counted";
  }

  @Observed(name = "books.observed")
  @GetMapping("/observed")
  public String observed() {
    return "observed";
  }

  /** Spring MVC's method validation; the message comes from messages.properties. */
  @GetMapping("/range")
  public String range(@RequestParam @Min(1) int n) {
    return "in range: " + n;
  }

  @Audited
  @DoNotTrack
  @GetMapping("/legacy/{id}")
  public Book legacy(@PathVariable long id) {
    return one(id);
  }
}
