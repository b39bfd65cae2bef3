package fixtures;

import dev.instrumentator.annotations.Instrumented;
import lombok.AllArgsConstructor;
import lombok.NonNull;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lombok's constructor annotations, seen before Lombok's processor ran. */
public class LombokShapes {

  /** Every instance field, final or not, is a parameter of Lombok's constructor. */
  @Instrumented
  @RestController
  @AllArgsConstructor
  public static class EveryField {
    private String shelf;

    @GetMapping("/every")
    public String get() {
      return shelf;
    }
  }

  /** A {@code @NonNull} field is a parameter of the required-arguments constructor. */
  @Instrumented
  @RestController
  @RequiredArgsConstructor
  public static class NonNullField {
    @NonNull private String shelf;

    @GetMapping("/non-null")
    public String get() {
      return shelf;
    }
  }

  /** No field it needs: Lombok's constructor takes nothing, as the one the decorator mirrors. */
  @Instrumented
  @RestController
  @RequiredArgsConstructor
  public static class OnlyStaticFields {
    private static final String SHELF = "main";
    private String optional;

    @GetMapping("/static")
    public String get() {
      return SHELF + optional;
    }
  }

  /** A constructor of its own: Lombok adds none, and the decorator mirrors that one. */
  @Instrumented
  @RestController
  @RequiredArgsConstructor
  public static class OwnConstructor {
    private final String shelf;

    public OwnConstructor() {
      this.shelf = "own";
    }

    @GetMapping("/own")
    public String get() {
      return shelf;
    }
  }
}
