package dev.instrumentator.example.ecosystem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a call to a {@link RawApiKey} handler method without the key, reading the invoked
 * method's own annotations ({@code Method.isAnnotationPresent}), as such interceptors are
 * commonly written.
 */
public class ApiKeyInterceptor implements HandlerInterceptor {
  static final String HEADER = "X-Api-Key";
  static final String KEY = "let-me-in";

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (handler instanceof HandlerMethod method
        && method.getMethod().isAnnotationPresent(RawApiKey.class)
        && !KEY.equals(request.getHeader(HEADER))) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "an API key is needed");
      return false;
    }
    return true;
  }
}
