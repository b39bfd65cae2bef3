package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Spring decorator implements again the interfaces Spring Security reads a handler method's
 * parameter names from ({@code @P}), because it reads those of the class declaring the invoked
 * method only, and no others (docs/design.md, S12).
 */
class InterfacesTest {
  private static final Pattern DECLARATION = Pattern.compile("public class (\\w+_Instrumented .*) \\{");

  @Test
  void theInterfacesThatNameParametersAreImplementedAgainTheControllersOwnFirst() {
    assertEquals(
        "NamedParametersController_Instrumented extends NamedParametersController implements"
            + " Described, LedgerApi, CatalogApi",
        declaration(
            Compilations.compile(
                "good/NamedParametersController.java",
                "good/NamedParametersController/CatalogApi.java",
                "good/NamedParametersController/Described.java",
                "good/NamedParametersController/LedgerApi.java",
                "good/NamedParametersController/NamedParametersBase.java",
                "good/NamedParametersController/SealedApi.java",
                "stubs/P.java"),
            "fixtures.NamedParametersController_Instrumented"));
  }

  @Test
  void interfacesSpringSecurityDoesNotReadAreNotImplementedAgain() {
    assertEquals(
        "OtherNamesController_Instrumented extends OtherNamesController",
        declaration(
            Compilations.compile(
                "good/OtherNamesController.java",
                "good/OtherNamesController/OwnNamesApi.java",
                "good/OtherNamesController/Overloads.java",
                "stubs/P.java"),
            "fixtures.OtherNamesController_Instrumented"));
  }

  private static String declaration(Compilation compilation, String decorator) {
    assertThat(compilation).succeededWithoutWarnings();
    Matcher declaration = DECLARATION.matcher(Compilations.generatedSource(compilation, decorator));
    assertTrue(declaration.find(), decorator);
    return declaration.group(1);
  }
}
