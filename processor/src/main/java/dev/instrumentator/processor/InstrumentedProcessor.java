package dev.instrumentator.processor;

import com.google.auto.service.AutoService;
import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import dev.instrumentator.processor.Endpoint.RouteSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Writes {@code <Name>_Instrumented} next to each {@link Instrumented} class: finds the platform
 * of its framework, reads, validates, writes, one class at a time, so that a broken class is
 * reported and skipped while the others are still generated. A class that uses a type another
 * processor has yet to generate is tried again in the next round.
 *
 * <p>Option {@code -Ainstrumentator.verbose=true} prints the route table as notes.
 */
@AutoService(Processor.class)
public final class InstrumentedProcessor extends AbstractProcessor {
  static final String VERBOSE_OPTION = "instrumentator.verbose";
  /** A type of Quarkus REST's server, found only where it serves the application's resources. */
  static final String QUARKUS_REST = "io.quarkus.resteasy.reactive.server.EndpointDisabled";
  /** A type of instrumentator's Quarkus extension, on the compile class path with it. */
  static final String QUARKUS_EXTENSION = "dev.instrumentator.quarkus.InstrumentatorConfig";

  private List<Platform> platforms;
  private ControllerReader reader;
  private ControllerValidator validator;
  private DecoratorWriter writer;
  /** Classes that used a type not generated yet, by name, with that type: retried each round. */
  private final Map<String, String> deferred = new LinkedHashMap<>();
  /** The decorators written in this compilation, by name, with the class each decorates. */
  private final Map<String, String> written = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Instrumented.class.getCanonicalName(), DoNotTrack.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERBOSE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reader == null) {
      TypeHierarchy hierarchy =
          new TypeHierarchy(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      platforms = List.of(new JaxRsPlatform(hierarchy), new SpringMvcPlatform(hierarchy));
      reader = new ControllerReader(hierarchy);
      validator =
          new ControllerValidator(
              processingEnv.getMessager(),
              processingEnv.getElementUtils(),
              processingEnv.getTypeUtils());
      writer =
          new DecoratorWriter(
              processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated")
                  != null);
    }
    List<TypeElement> types = new ArrayList<>();
    for (String name : List.copyOf(deferred.keySet())) {
      types.add(processingEnv.getElementUtils().getTypeElement(name));
    }
    deferred.clear();
    types.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(Instrumented.class)));
    for (TypeElement type : types) {
      try {
        decorate(type);
      } catch (Throwable unexpected) {
        // A bug of ours must not reach the user as a processor stack trace.
        Message.UNEXPECTED_FAILURE.report(
            processingEnv.getMessager(), type, type, summary(unexpected));
      }
    }
    for (ExecutableElement method :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(DoNotTrack.class))) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      // An interface or a superclass that only declares mappings is recognised by no platform:
      // then the method is an endpoint if any framework's annotations make it one.
      List<Platform> candidates = platformOf(owner).map(List::of).orElse(platforms);
      if (candidates.stream().noneMatch(platform -> platform.isEndpoint(owner, method))) {
        validator.warnUselessDoNotTrack(method, candidates.get(0).wording());
      }
    }
    if (round.processingOver()) {
      deferred.forEach(
          (name, missing) ->
              Message.MISSING_TYPE.report(
                  processingEnv.getMessager(),
                  processingEnv.getElementUtils().getTypeElement(name),
                  name,
                  missing));
    }
    return true; // nobody else has a use for our annotations
  }

  private void decorate(TypeElement type) throws IOException {
    if (!validator.validateKind(type)) {
      return;
    }
    // A supertype another processor has yet to generate would hide the routes it declares.
    Optional<TypeMirror> missingSupertype = ReferencedTypes.missingSupertype(type);
    if (missingSupertype.isPresent()) {
      deferred.put(type.getQualifiedName().toString(), missingSupertype.get().toString());
      return;
    }
    Optional<Platform> platform = platformOf(type);
    if (platform.isEmpty()) {
      Message.NO_FRAMEWORK.report(
          processingEnv.getMessager(),
          type,
          type.getQualifiedName(),
          platforms.stream().map(p -> p.wording().framework()).collect(Collectors.joining(", ")),
          platforms.stream()
              .map(p -> p.wording().howToRoute() + " (" + p.wording().framework() + ")")
              .collect(Collectors.joining("; or ")));
      return;
    }
    if (onClassPath(QUARKUS_REST)) {
      // Quarkus REST builds its endpoints from the compiled classes, JAX-RS resources and Spring
      // controllers (quarkus-spring-web) alike: a decorator, with the route annotations, would
      // declare every route a second time and fail the build (design.md, Q1). The Quarkus
      // extension times the class itself, from the annotations the class carries.
      if (!onClassPath(QUARKUS_EXTENSION)) {
        Message.QUARKUS_EXTENSION_MISSING.report(
            processingEnv.getMessager(), type, type.getQualifiedName());
      }
      return;
    }
    if (!companionOnClassPath(type, platform.get())) {
      return;
    }
    Controller controller = reader.read(type, platform.get());
    Optional<TypeMirror> missing = missingType(controller);
    if (missing.isPresent()) {
      deferred.put(type.getQualifiedName().toString(), missing.get().toString());
      return;
    }
    if (!validator.validate(controller) || !nameIsFree(controller)) {
      return;
    }
    if (Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE_OPTION))) {
      printRoutes(controller);
    }
    try {
      writer.write(controller).writeTo(processingEnv.getFiler());
    } catch (FilerException exists) {
      Message.DECORATOR_NAME_TAKEN.report(
          processingEnv.getMessager(),
          type,
          type.getQualifiedName(),
          controller.decorator().simpleName(),
          "is the name of a class that exists already");
    }
  }

  private boolean onClassPath(String type) {
    return processingEnv.getElementUtils().getTypeElement(type) != null;
  }

  /**
   * Whether the types of instrumentator its decorator names are on the compile class path;
   * otherwise the decorator would fail to compile with errors that name no dependency.
   */
  private boolean companionOnClassPath(TypeElement type, Platform platform) {
    for (Map.Entry<String, String> needed : platform.companionTypes().entrySet()) {
      if (!onClassPath(needed.getKey())) {
        Message.COMPANION_MISSING.report(
            processingEnv.getMessager(),
            type,
            type.getQualifiedName(),
            needed.getKey(),
            needed.getValue());
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no other class of this compilation has a decorator of the same name: {@code
   * Outer.Inner} and a top-level {@code Outer_Inner} would both have {@code
   * Outer_Inner_Instrumented}.
   */
  private boolean nameIsFree(Controller controller) {
    String decorator = controller.decorator().canonicalName();
    String original = controller.type().getQualifiedName().toString();
    String other = written.putIfAbsent(decorator, original);
    if (other == null || other.equals(original)) {
      return true;
    }
    Message.DECORATOR_NAME_TAKEN.report(
        processingEnv.getMessager(),
        controller.type(),
        original,
        controller.decorator().simpleName(),
        "is the decorator of " + other);
    return false;
  }

  /** The first platform whose framework {@code type} is written for. */
  private Optional<Platform> platformOf(TypeElement type) {
    return platforms.stream().filter(platform -> platform.recognizes(type)).findFirst();
  }

  /** A type the decorator would name that does not exist, perhaps not generated yet. */
  private static Optional<TypeMirror> missingType(Controller controller) {
    List<ReferencedTypes> referenced = new ArrayList<>();
    referenced.add(ReferencedTypes.of(controller.classAnnotations()));
    controller.constructors().forEach(constructor -> referenced.add(ReferencedTypes.of(constructor)));
    controller.trackedEndpoints().forEach(endpoint -> referenced.add(ReferencedTypes.of(endpoint)));
    return referenced.stream().flatMap(types -> types.missing().stream()).findFirst();
  }

  private void printRoutes(Controller controller) {
    for (Endpoint endpoint : controller.endpoints()) {
      Message format = endpoint.tracked() ? Message.ROUTE : Message.UNTRACKED_ROUTE;
      for (RouteSpec route : endpoint.routes()) {
        format.report(
            processingEnv.getMessager(),
            controller.type(),
            route,
            controller.type().getSimpleName(),
            endpoint.method().getSimpleName());
      }
    }
  }

  private static String summary(Throwable unexpected) {
    StringWriter trace = new StringWriter();
    unexpected.printStackTrace(new PrintWriter(trace));
    String[] lines = trace.toString().split("\\R");
    return lines.length > 1 ? lines[0] + " " + lines[1].strip() : lines[0];
  }
}
