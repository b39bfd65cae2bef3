package dev.instrumentator.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** docs/compile-errors.md names every code an error or a warning starts with. */
class MessagesDocumentedTest {

  @Test
  void everyCodeIsListed() throws IOException {
    String page = Files.readString(Path.of("../docs/compile-errors.md"));
    for (Message message : Message.values()) {
      if (message.kind() == Kind.NOTE) {
        continue;
      }
      String code = message.code();
      String shortForm = "." + code.substring(code.indexOf('.') + 1) + "`";
      assertTrue(
          page.contains("`" + code + "`") || page.contains(shortForm),
          "docs/compile-errors.md lacks " + code);
    }
  }
}
