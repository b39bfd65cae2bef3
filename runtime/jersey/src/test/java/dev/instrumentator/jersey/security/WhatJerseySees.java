package dev.instrumentator.jersey.security;

import dev.instrumentator.annotations.Instrumented;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.CascadableDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.MethodDescriptor;
import jakarta.validation.metadata.ParameterDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassfish.jersey.model.AnnotatedMethod;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;
import org.glassfish.jersey.server.model.internal.ModelHelper;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Everything JAX-RS and its extensions see of each resource method of a running application,
 * written out as text, property by property, so that two applications can be compared and every
 * difference named. What is read, and who reads it:
 *
 * <ul>
 *   <li>the resource model: HTTP method, path, media types, name bindings, async flags, the
 *       parameters Jersey injects (method and handler class), response type;
 *   <li>what a {@code DynamicFeature} such as {@code RolesAllowedDynamicFeature} sees: the merged
 *       annotations of the handling method and its parameters, and the resource class's;
 *   <li>what an entity writer is handed: the handling method's own annotations ({@code
 *       @JsonView} lives there);
 *   <li>the definition method's annotations, which tools such as Dropwizard's read;
 *   <li>what Bean Validation enforces on the method: parameter and return value constraints,
 *       cascades.
 * </ul>
 */
final class WhatJerseySees {
  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  private WhatJerseySees() {}

  /** Route ("GET /class/admin") to property name to what is seen. */
  static Map<String, Map<String, String>> of(ResourceConfig application) {
    ModelCapture capture = new ModelCapture();
    new ApplicationHandler(application.register(capture));
    Map<String, Map<String, String>> routes = new LinkedHashMap<>();
    for (Resource resource : capture.model.getRootResources()) {
      collect(resource, "", routes);
    }
    return routes;
  }

  private static void collect(Resource resource, String parentPath, Map<String, Map<String, String>> routes) {
    String path = join(parentPath, resource.getPath());
    for (ResourceMethod method : resource.getAllMethods()) {
      if (method.getInvocable().isInflector()) {
        continue; // Jersey's own OPTIONS and HEAD answers, the same everywhere
      }
      String route = (method.getHttpMethod() == null ? "LOCATOR" : method.getHttpMethod()) + " " + path
          + " consumes " + method.getConsumedTypes();
      if (routes.put(route, properties(method)) != null) {
        throw new AssertionError("two resource methods answer " + route);
      }
    }
    for (Resource child : resource.getChildResources()) {
      collect(child, path, routes);
    }
  }

  private static Map<String, String> properties(ResourceMethod method) {
    Invocable invocable = method.getInvocable();
    Method handling = invocable.getHandlingMethod();
    Method definition = invocable.getDefinitionMethod();
    Class<?> handlerClass = invocable.getHandler().getHandlerClass();
    AnnotatedMethod merged = new AnnotatedMethod(handling);

    Map<String, String> seen = new LinkedHashMap<>();
    seen.put("produces", String.valueOf(method.getProducedTypes()));
    seen.put("name bindings", sorted(method.getNameBindings().stream().map(Class::getName)));
    seen.put("suspended, sse, managed async",
        method.isSuspendDeclared() + ", " + method.isSse() + ", " + method.isManagedAsyncDeclared());
    seen.put("response type", String.valueOf(invocable.getResponseType()));
    seen.put("parameters", invocable.getParameters().stream().map(WhatJerseySees::describe).toList().toString());
    seen.put("handler class parameters",
        invocable.getHandler().getParameters().stream().map(WhatJerseySees::describe).toList().toString());
    seen.put("class annotations", classAnnotations(handlerClass));
    seen.put("annotated resource class annotations",
        classAnnotations(ModelHelper.getAnnotatedResourceClass(handlerClass)));
    seen.put("merged method annotations", list(merged.getAnnotations()));
    seen.put("merged parameter annotations", lists(merged.getParameterAnnotations()));
    seen.put("entity writer's annotations", list(handling.getDeclaredAnnotations()));
    seen.put("definition method annotations", list(definition.getAnnotations()));
    seen.put("definition method parameter annotations", lists(definition.getParameterAnnotations()));
    seen.put("definition method signature", definition.toGenericString().replace(
        definition.getDeclaringClass().getName() + ".", ""));
    seen.putAll(validation(handlerClass, handling));
    return seen;
  }

  /**
   * The class's annotations but instrumentator's own: {@code @Instrumented} marks the original
   * for the processor and the companion, and nothing else reads it.
   */
  private static String classAnnotations(Class<?> type) {
    return sorted(
        Arrays.stream(type.getAnnotations())
            .filter(annotation -> annotation.annotationType() != Instrumented.class)
            .map(String::valueOf));
  }

  private static Map<String, String> validation(Class<?> handlerClass, Method handling) {
    Validator validator = VALIDATION.getValidator();
    MethodDescriptor descriptor = validator.getConstraintsForClass(handlerClass)
        .getConstraintsForMethod(handling.getName(), handling.getParameterTypes());
    Map<String, String> seen = new LinkedHashMap<>();
    if (descriptor == null) {
      seen.put("validation", "none");
      return seen;
    }
    seen.put("validation of parameters", descriptor.getParameterDescriptors().stream()
        .map(WhatJerseySees::describe).toList().toString());
    seen.put("validation across parameters", describe(descriptor.getCrossParameterDescriptor()));
    seen.put("validation of the return value", describe(descriptor.getReturnValueDescriptor()));
    return seen;
  }

  private static String describe(ParameterDescriptor parameter) {
    return parameter.getIndex() + ": " + describe((ElementDescriptor) parameter);
  }

  private static String describe(ElementDescriptor element) {
    String constraints = sorted(element.getConstraintDescriptors().stream()
        .map(ConstraintDescriptor::getAnnotation).map(String::valueOf));
    if (element instanceof CascadableDescriptor cascadable && cascadable.isCascaded()) {
      constraints += " cascaded";
    }
    if (element instanceof ContainerDescriptor container) {
      for (ContainerElementTypeDescriptor type : container.getConstrainedContainerElementTypes()) {
        constraints += " <" + type.getTypeArgumentIndex() + ": " + describe(type) + ">";
      }
    }
    return constraints;
  }

  private static String describe(Parameter parameter) {
    return parameter.getSource() + " " + parameter.getSourceName() + " default "
        + parameter.getDefaultValue() + " " + parameter.getType().getTypeName()
        + (parameter.isEncoded() ? " encoded" : "") + " " + list(parameter.getAnnotations());
  }

  private static String list(Annotation[] annotations) {
    return Arrays.toString(annotations);
  }

  private static String lists(Annotation[][] annotations) {
    return Arrays.stream(annotations).map(WhatJerseySees::list).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String sorted(Stream<String> values) {
    return values.sorted().toList().toString();
  }

  private static String join(String parent, String path) {
    String joined = (parent + "/" + (path == null ? "" : path)).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }

  /** Keeps the resource model Jersey serves, as it is once every model processor has run. */
  private static final class ModelCapture implements ApplicationEventListener {
    ResourceModel model;

    @Override
    public void onEvent(ApplicationEvent event) {
      if (event.getType() == ApplicationEvent.Type.INITIALIZATION_APP_FINISHED) {
        model = event.getResourceModel();
      }
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
      return null;
    }
  }
}
