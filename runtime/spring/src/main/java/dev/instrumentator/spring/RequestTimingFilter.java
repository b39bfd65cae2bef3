package dev.instrumentator.spring;

import dev.instrumentator.runtime.Route;
import dev.instrumentator.runtime.spi.TimedRequest;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times each request from its arrival, ahead of Spring Security, to the end of its response, and
 * has it recorded once with the status the client received (DESIGN.md, facts S6 and S8):
 *
 * <ul>
 *   <li>a request that ends in its first dispatch, when the chain returns: the status is the
 *       response's, after {@code @ExceptionHandler}s and Spring's exception resolvers;
 *   <li>one whose exception escapes the chain counts 500, which the container then answers
 *       (the response still says 200 here);
 *   <li>an asynchronous one ({@code CompletableFuture}, {@code DeferredResult}, {@code Callable})
 *       when the container completes it, with its final status and whole time.
 * </ul>
 *
 * <p>While the chain runs, the decorator of the handler method hands its route over to the
 * request on this thread (see {@link TimedRequest}).
 */
final class RequestTimingFilter implements Filter {
  private static final int UNHANDLED_EXCEPTION = 500;

  private final RequestRecorder recorder;

  RequestTimingFilter(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse httpResponse)) {
      chain.doFilter(request, response);
      return;
    }
    TimedRequest timed = new TimedRequest(System.nanoTime());
    boolean returned = false;
    timed.handlerStarted();
    try {
      chain.doFilter(http, httpResponse);
      returned = true;
    } finally {
      timed.handlerFinished();
      // Looked up only with the gauge on: a request attribute is a map lookup.
      Route inProgress = recorder.tracksInProgress() ? RequestRecorder.inProgress(http) : null;
      if (returned && http.isAsyncStarted()) {
        http.getAsyncContext()
            .addListener(
                new Completion(
                    recorder, recorder.settle(timed, http), httpResponse, inProgress, http.getMethod()));
      } else {
        int status =
            returned || httpResponse.isCommitted() ? httpResponse.getStatus() : UNHANDLED_EXCEPTION;
        recorder.record(timed, http, status);
        recorder.requestEnded(inProgress, http.getMethod());
      }
    }
  }

  /**
   * Records an asynchronous request when the container completes it, once: Tomcat tells a
   * request that failed with {@code sendError} in its asynchronous dispatch twice.
   */
  private static final class Completion implements AsyncListener {
    private final AtomicBoolean recorded = new AtomicBoolean();
    private final RequestRecorder recorder;
    private final RequestRecorder.Settled settled;
    private final HttpServletResponse response;
    /** The route the request is counted in progress on, or null. */
    private final Route inProgress;
    private final String method;

    Completion(
        RequestRecorder recorder,
        RequestRecorder.Settled settled,
        HttpServletResponse response,
        Route inProgress,
        String method) {
      this.recorder = recorder;
      this.settled = settled;
      this.response = response;
      this.inProgress = inProgress;
      this.method = method;
    }

    @Override
    public void onComplete(AsyncEvent event) {
      if (recorded.compareAndSet(false, true)) {
        recorder.record(settled, response.getStatus());
        recorder.requestEnded(inProgress, method);
      }
    }

    /** A new asynchronous cycle forgets its listeners: stay, to see the request complete. */
    @Override
    public void onStartAsync(AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {}
  }
}
