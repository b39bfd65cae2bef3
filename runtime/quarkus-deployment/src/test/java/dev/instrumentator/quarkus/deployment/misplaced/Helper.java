package dev.instrumentator.quarkus.deployment.misplaced;

import dev.instrumentator.annotations.Instrumented;

/** Not a resource at all. */
@Instrumented
public class Helper {
  public String help() {
    return "help";
  }
}
