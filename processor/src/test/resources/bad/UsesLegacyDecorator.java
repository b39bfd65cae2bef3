package fixtures;

/** Compiles only if LegacyResource_Instrumented was generated. */
class UsesLegacyDecorator {
  LegacyResource decorated = new LegacyResource_Instrumented();
}
