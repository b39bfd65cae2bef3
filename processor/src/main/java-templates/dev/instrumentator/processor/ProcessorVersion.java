package dev.instrumentator.processor;

/**
 * The version of this processor, which the build writes in (src/main/java-templates): each
 * decorator carries it, so that a runtime that cannot run the decorator names the version that
 * generated it.
 */
final class ProcessorVersion {
  static final String VERSION = "${project.version}";

  private ProcessorVersion() {}
}
