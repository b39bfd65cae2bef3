package dev.instrumentator.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The processor and the companions agree on a decorator's name, nested classes included. */
class DecoratorNameTest {

  @Test
  void aTopLevelClassGetsTheSuffix() {
    assertEquals("BookResource_Instrumented", DecoratorName.simpleNameOf("com.example.BookResource"));
    assertEquals("com.example.BookResource_Instrumented", DecoratorName.of("com.example.BookResource"));
  }

  @Test
  void nestedClassesAreJoined() {
    assertEquals("Outer_Inner_Instrumented", DecoratorName.simpleNameOf("com.example.Outer$Inner"));
    assertEquals("com.example.Outer_Inner_Instrumented", DecoratorName.of("com.example.Outer$Inner"));
  }

  /** A generator may name a top-level class with a {@code $}: its binary name is the same. */
  @Test
  void aDollarInATopLevelNameIsJoinedAsANestingWouldBe() {
    assertEquals("com.example.Books_Api_Instrumented", DecoratorName.of("com.example.Books$Api"));
  }

  @Test
  void theUnnamedPackageHasNoPrefix() {
    assertEquals("Resource_Instrumented", DecoratorName.of("Resource"));
  }

  @Test
  void aDecoratorIsRecognisedByItsSuperclass() {
    assertTrue(DecoratorName.isDecorator("a.B_Instrumented", "a.B"));
    assertFalse(DecoratorName.isDecorator("a.B_Instrumented", "a.C"));
    assertFalse(DecoratorName.isDecorator("a.B", "a.B"));
  }

  @Test
  void theMissingDecoratorMessageNamesTheClassItsDecoratorAndTheFix() {
    String message = DecoratorName.missingDecoratorMessage("com.example.Outer$Books");

    assertTrue(message.startsWith("instrumentator: com.example.Outer$Books is @Instrumented"), message);
    assertTrue(message.contains("(com.example.Outer_Books_Instrumented)"), message);
    assertTrue(message.contains("Put instrumentator-processor on the compiler's processor path"), message);
  }
}
