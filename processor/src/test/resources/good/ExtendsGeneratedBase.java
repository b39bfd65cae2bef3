package fixtures;

import dev.instrumentator.annotations.Instrumented;
import fixtures.base.GeneratedBase;

/** Its one resource method comes from a superclass another processor generates. */
@Instrumented
public class ExtendsGeneratedBase extends GeneratedBase {}
