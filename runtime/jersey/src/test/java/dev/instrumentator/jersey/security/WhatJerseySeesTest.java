package dev.instrumentator.jersey.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The invariant a decorator lives by: for every resource method of the corpus, what JAX-RS and its
 * extensions see through the decorator ({@link WhatJerseySees}) is exactly what they see on the
 * original, whichever supported way serves the decorators. Compared property by property; any
 * difference fails the test, named.
 *
 * <p>One difference is Bean Validation's own rule, and is checked rather than ignored: a return
 * value may be marked for cascaded validation ({@code @Valid}, {@code @ConvertGroup}) only once in a
 * class hierarchy (Bean Validation 3.0, 5.6.5), so the decorator's method cannot repeat the mark.
 * The validator applies the original's through inheritance: the route's "validation of the return
 * value" must be equal and cascaded, and then, in the method's annotations, that mark alone may be
 * missing.
 */
class WhatJerseySeesTest {
  private static final Pattern RETURN_VALUE_CASCADE =
      Pattern.compile("(, )?@jakarta\\.validation\\.(Valid|groups\\.ConvertGroup)\\([^)]*\\)(, )?");

  @Test
  void decoratorsShowJerseyExactlyWhatTheOriginalsShow() {
    Map<String, Map<String, String>> original =
        WhatJerseySees.of(Registration.ORIGINALS_ALONE.application());
    assertTrue(original.size() >= 25, "the corpus has " + original.size() + " routes: " + original.keySet());

    int compared = 0;
    int explained = 0;
    List<String> differences = new ArrayList<>();
    for (Registration registration : Registration.INSTRUMENTED) {
      Map<String, Map<String, String>> instrumented = WhatJerseySees.of(registration.application());
      for (String route : new TreeSet<>(union(original.keySet(), instrumented.keySet()))) {
        Map<String, String> expected = original.get(route);
        Map<String, String> actual = instrumented.get(route);
        if (expected == null || actual == null) {
          differences.add(registration + ": " + route + (expected == null ? " is new" : " is missing"));
          continue;
        }
        for (String property : union(expected.keySet(), actual.keySet())) {
          compared++;
          String want = expected.get(property);
          String got = actual.get(property);
          if (!want.equals(got) && isCascadeMarkAlone(property, want, got, expected, actual)) {
            explained++;
            continue;
          }
          if (!want.equals(got)) {
            differences.add(registration + ": " + route + ": " + property + "\n    original:  " + want
                + "\n    decorated: " + got);
          }
        }
      }
    }
    System.out.printf(
        "What Jersey sees: %d routes x %d registrations, %d properties compared, %d differences"
            + " (%d properties without the return-value cascade mark Bean Validation forbids"
            + " repeating)%n",
        original.size(), Registration.INSTRUMENTED.length, compared, differences.size(), explained);
    assertTrue(explained > 0, "the corpus has a cascaded return value, so some must be explained");
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  private static boolean isCascadeMarkAlone(
      String property,
      String original,
      String decorated,
      Map<String, String> originalRoute,
      Map<String, String> decoratedRoute) {
    String returnValue = originalRoute.getOrDefault("validation of the return value", "");
    return property.endsWith("annotations")
        && !property.contains("parameter")
        && returnValue.endsWith("cascaded")
        && returnValue.equals(decoratedRoute.get("validation of the return value"))
        && withoutCascadeMark(original).equals(decorated);
  }

  private static String withoutCascadeMark(String annotations) {
    return RETURN_VALUE_CASCADE.matcher(annotations).replaceAll(
        match -> match.group(1) != null && match.group(3) != null ? ", " : "");
  }

  private static TreeSet<String> union(Set<String> a, Set<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
