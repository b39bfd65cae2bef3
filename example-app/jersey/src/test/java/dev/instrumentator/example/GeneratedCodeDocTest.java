package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated code docs/generated-code.md shows is the code the processor generates. After a
 * deliberate change to it, run with {@code INSTRUMENTATOR_UPDATE_GOLDEN=true} to rewrite that copy.
 */
class GeneratedCodeDocTest {
  private static final Path ROOT = Path.of("../..");
  private static final Pattern GENERATED_BLOCK =
      Pattern.compile(
          "<!-- generated: (\\S+) -->\n```java\n(.*?)```\n<!-- end generated -->", Pattern.DOTALL);

  @Test
  void theGeneratedCodeShownIsCurrent() throws IOException {
    Path page = ROOT.resolve("docs/generated-code.md");
    String text = Files.readString(page);
    Matcher block = GENERATED_BLOCK.matcher(text);
    assertTrue(block.find(), "docs/generated-code.md has no generated-code block");

    String generated = Files.readString(ROOT.resolve(block.group(1)));
    if (Boolean.parseBoolean(System.getenv("INSTRUMENTATOR_UPDATE_GOLDEN"))) {
      String updated =
          text.substring(0, block.start(2)) + generated + text.substring(block.end(2));
      Files.writeString(page, updated);
      return;
    }
    assertEquals(generated, block.group(2), "docs/generated-code.md shows stale generated code");
  }
}
