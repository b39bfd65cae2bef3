package dev.instrumentator.runtime;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.instrumentator.runtime.internal.Contract;

/**
 * The core runtime uses no reflection: nothing of {@code java.lang.reflect} or {@code
 * java.lang.invoke}, no class loader, and of {@link Class} only its name (for the logger), but
 * where {@link Contract#initialize} initializes a decorator. Read
 * from the compiled classes by ArchUnit, so a call that the source hides (a method reference, a
 * static import) is found too.
 */
@AnalyzeClasses(packages = "dev.instrumentator.runtime", importOptions = ImportOption.DoNotIncludeTests.class)
class NoReflectionTest {

  @ArchTest
  static final ArchRule noReflectivePackages =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..");

  @ArchTest
  static final ArchRule noClassLoaders =
      noClasses().should().callMethodWhere(target(owner(assignableTo(ClassLoader.class))));

  /**
   * But for {@link Contract#initialize}, which initializes a decorator at start-up so that one of
   * another contract stops the application then: initializing it is what runs its check.
   */
  @ArchTest
  static final ArchRule nothingOfClassButItsName =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Contract.class.getName())
          .should()
          .callMethodWhere(target(owner(equivalentTo(Class.class))).and(not(name("getName"))));
}
