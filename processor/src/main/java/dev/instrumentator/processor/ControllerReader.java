package dev.instrumentator.processor;

import com.palantir.javapoet.ClassName;
import dev.instrumentator.runtime.internal.DecoratorName;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads an {@code @Instrumented} class into a {@link Controller}: what any decorator needs of a
 * class here, what its framework decides (routes, status rules, annotations carried) from its
 * {@link Platform}. Reading never fails on a user's mistake; the {@link ControllerValidator}
 * reports those.
 */
final class ControllerReader {
  private final TypeHierarchy hierarchy;

  ControllerReader(TypeHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  Controller read(TypeElement type, Platform platform) {
    List<Endpoint> endpoints = platform.endpoints(type);
    return new Controller(
        type,
        platform,
        decoratorName(type),
        platform.classAnnotations(type),
        platform.interfaces(type, endpoints.stream().filter(Endpoint::tracked).toList()),
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
            .toList(),
        endpoints,
        hierarchy.isSerializable(type));
  }

  /**
   * {@code Outer.Inner} becomes {@code Outer_Inner_Instrumented}, in the same package, by the
   * rule the companions find decorators by: from the binary name.
   */
  private ClassName decoratorName(TypeElement type) {
    return ClassName.get(
        ClassName.get(type).packageName(),
        DecoratorName.simpleNameOf(hierarchy.elements.getBinaryName(type).toString()));
  }
}
