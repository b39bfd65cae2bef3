package dev.instrumentator.runtime.internal;

/** The version of instrumentator-runtime, which the build writes in (src/main/java-templates). */
final class RuntimeVersion {
  static final String VERSION = "${project.version}";

  private RuntimeVersion() {}
}
