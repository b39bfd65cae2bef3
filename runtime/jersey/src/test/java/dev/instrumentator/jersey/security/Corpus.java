package dev.instrumentator.jersey.security;

import dev.instrumentator.runtime.internal.DecoratorName;
import dev.instrumentator.jersey.security.corpus.ArchiveResource;
import dev.instrumentator.jersey.security.corpus.ClassRoutesResource;
import dev.instrumentator.jersey.security.corpus.LedgerResource;
import dev.instrumentator.jersey.security.corpus.OddResource;
import dev.instrumentator.jersey.security.corpus.ReportResource;
import dev.instrumentator.jersey.security.corpus.ValidatedResource;
import java.util.List;

/**
 * The {@code @Instrumented} resources of package {@code corpus}: routes on the class, on
 * interfaces, on abstract superclasses, several levels deep and generic, with security, name
 * bindings and validation on the class, on the original's methods and on the supertypes' methods.
 */
final class Corpus {
  static final String PACKAGE = ClassRoutesResource.class.getPackageName();

  static final List<Class<?>> ORIGINALS =
      List.of(
          ClassRoutesResource.class,
          ReportResource.class,
          LedgerResource.class,
          ArchiveResource.class,
          OddResource.class,
          ValidatedResource.class);

  static final List<Class<?>> DECORATORS = ORIGINALS.stream().map(Corpus::decoratorOf).toList();

  private Corpus() {}

  private static Class<?> decoratorOf(Class<?> original) {
    try {
      return Class.forName(DecoratorName.of(original.getName()));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the processor wrote no decorator for " + original.getName(), e);
    }
  }
}
