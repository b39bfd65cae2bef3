package dev.instrumentator.example.ecosystem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells, in response headers, what an interceptor reads of the handler method in every way
 * Spring offers: {@code X-Handler-Annotations} what it finds of annotations, {@code
 * X-Handler-Class-Annotations} those of the bean's class, {@code X-Handler-Names} the names of the
 * class and method it was given.
 */
public class HandlerReadingInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      response.setHeader(
          "X-Handler-Annotations",
          String.join(
              "; ",
              "getMethodAnnotation(Audited): " + (method.getMethodAnnotation(Audited.class) != null),
              "hasMethodAnnotation(PreAuthorize): " + method.hasMethodAnnotation(PreAuthorize.class),
              "getMethod().getAnnotations(): " + names(method.getMethod().getAnnotations()),
              "getMethod().getParameterAnnotations(): "
                  + Arrays.stream(method.getMethod().getParameterAnnotations())
                      .map(HandlerReadingInterceptor::names)
                      .collect(Collectors.joining(" ")),
              "getBeanType().isAnnotationPresent(RestController): "
                  + method.getBeanType().isAnnotationPresent(RestController.class)));
      response.setHeader(
          "X-Handler-Class-Annotations", names(method.getBeanType().getAnnotations()));
      response.setHeader(
          "X-Handler-Names",
          method.getBeanType().getSimpleName() + "#" + method.getMethod().getName()
              + ", declared by " + method.getMethod().getDeclaringClass().getSimpleName());
    }
    return true;
  }

  private static String names(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .map(annotation -> annotation.annotationType().getSimpleName())
        .sorted()
        .collect(Collectors.joining(",", "[", "]"));
  }
}
