package dev.instrumentator.spring;

import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.service.OpenAPIService;
import org.springframework.web.method.HandlerMethod;

/**
 * springdoc tags an operation after the bean's class unless told otherwise: {@code
 * book-controller-_-instrumented} for a decorator's. This tags it {@code book-controller}, after
 * its controller, so that an application's API documentation, and the clients generated from it,
 * stay as they were.
 */
final class SpringdocTags implements GlobalOperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    Class<?> beanType = handlerMethod.getBeanType();
    List<String> tags = operation.getTags();
    if (tags != null && Decorators.isDecorator(beanType)) {
      String decorators = OpenAPIService.splitCamelCase(beanType.getSimpleName());
      String controllers = OpenAPIService.splitCamelCase(beanType.getSuperclass().getSimpleName());
      operation.setTags(
          tags.stream()
              .map(tag -> tag.equals(decorators) ? controllers : tag)
              .distinct()
              .collect(Collectors.toList()));
    }
    return operation;
  }
}
