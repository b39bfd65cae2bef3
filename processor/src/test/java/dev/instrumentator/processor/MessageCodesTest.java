package dev.instrumentator.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The codes that errors and warnings start with are public: users write them in {@code
 * SuppressWarnings}, search for them and find them in docs/compile-errors.md. A code changed or
 * removed is a breaking change, made on purpose here, never by renaming a constant.
 */
class MessageCodesTest {

  @Test
  void everyCodeIsKept() {
    List<String> codes =
        Arrays.stream(Message.values()).map(Message::code).filter(Objects::nonNull).toList();

    assertEquals(
        List.of(
          "instrumentator.interface",
          "instrumentator.annotation-type",
          "instrumentator.enum",
          "instrumentator.record",
          "instrumentator.final-class",
          "instrumentator.abstract-class",
          "instrumentator.sealed-class",
          "instrumentator.private-class",
          "instrumentator.inner-class",
          "instrumentator.no-accessible-constructor",
          "instrumentator.no-framework",
          "instrumentator.no-endpoint",
          "instrumentator.nothing-tracked",
          "instrumentator.not-called-method",
          "instrumentator.final-method",
          "instrumentator.private-method",
          "instrumentator.static-method",
          "instrumentator.inaccessible-type",
          "instrumentator.unequal-override",
          "instrumentator.missing-type",
          "instrumentator.decorator-name-taken",
          "instrumentator.companion-missing",
          "instrumentator.quarkus-extension-missing",
          "instrumentator.lombok-not-run",
          "instrumentator.unreachable",
          "instrumentator.useless-do-not-track",
          "instrumentator.unexpected-failure"),
        codes);
  }
}
