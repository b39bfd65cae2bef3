package fixtures;

import dev.instrumentator.annotations.Instrumented;
import fixtures.base.GeneratedApi;
import fixtures.base.GeneratedBase;

/**
 * Its supertypes exist, but theirs are generated later: the superclass's superclass, and an
 * interface the superclass implements.
 */
@Instrumented
public class ExtendsLocalBase extends LocalBase {}

abstract class LocalBase extends GeneratedBase implements GeneratedApi {}
