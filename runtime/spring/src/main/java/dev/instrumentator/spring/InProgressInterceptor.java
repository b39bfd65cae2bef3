package dev.instrumentator.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the in-progress gauge that a handler method starts on a request: the first moment Spring
 * MVC knows which one, and its pattern. Registered only when the gauge is on
 * ({@code instrumentator.in-progress}); {@link RequestTimingFilter} tells it when the request ends.
 */
final class InProgressInterceptor implements HandlerInterceptor {
  private final RequestRecorder recorder;

  InProgressInterceptor(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    recorder.handlerStarting(request, handler);
    return true;
  }
}
