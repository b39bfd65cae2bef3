package dev.instrumentator.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** The README's table of compile errors names every code an error or a warning starts with. */
class MessagesDocumentedTest {

  @Test
  void everyCodeIsInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    for (Message message : Message.values()) {
      if (message.kind() == Kind.NOTE) {
        continue;
      }
      String code = message.code();
      String shortForm = "." + code.substring(code.indexOf('.') + 1) + "`";
      assertTrue(
          readme.contains("`" + code + "`") || readme.contains(shortForm),
          "README.md's table of compile errors lacks " + code);
    }
  }
}
