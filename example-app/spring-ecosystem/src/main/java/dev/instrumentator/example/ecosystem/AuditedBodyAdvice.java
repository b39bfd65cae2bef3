package dev.instrumentator.example.ecosystem;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Marks the responses of {@link Audited} handler methods with {@code X-Audited}, reading the
 * annotation the two ways a body advice can: through Spring's search of the method and the ones it
 * overrides, and on the invoked method itself.
 */
@ControllerAdvice
public class AuditedBodyAdvice implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return returnType.getMethod() != null;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    response
        .getHeaders()
        .add(
            "X-Audited",
            "getMethodAnnotation: " + returnType.hasMethodAnnotation(Audited.class)
                + "; getMethod().isAnnotationPresent: "
                + returnType.getMethod().isAnnotationPresent(Audited.class));
    return body;
  }
}
