package dev.instrumentator.spring;

import static dev.instrumentator.runtime.RequestListener.UNKNOWN_SIZE;

import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.TimedRequest;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
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
 * has it recorded once with the status the client received (docs/design.md, facts S6 and S8):
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
 * <p>With sizes measured, the chain gets the request wrapped in a {@link CountingRequest} and the
 * response in a {@link CountingResponse}. With
 * streaming durations excluded, a streamed body's clock stops when its handler returns.
 *
 * <p>The request counts once, under the handler method Spring MVC dispatched it to (see {@link
 * RequestRecorder}). While the chain runs, it is open on this thread: a Jersey servlet the chain
 * reaches, with its own companion, claims it and records it instead (see {@link TimedRequest}).
 */
final class RequestTimingFilter implements Filter {
  private static final int UNHANDLED_EXCEPTION = 500;
  /** The request attribute holding an asynchronous request's {@link Completion}. */
  private static final String COMPLETION = RequestTimingFilter.class.getName() + ".completion";

  private final RequestRecorder recorder;

  RequestTimingFilter(RequestRecorder recorder) {
    this.recorder = recorder;
    TimedRequest.companionStarted();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse httpResponse)) {
      chain.doFilter(request, response);
      return;
    }
    if (http.getDispatcherType() == DispatcherType.ASYNC) {
      asyncDispatch(http, httpResponse, chain);
      return;
    }

    TimedRequest timed = new TimedRequest(System.nanoTime());
    // Wrapped only when sizes are measured: otherwise the chain gets the response as it came.
    CountingResponse counting = recorder.measuresSizes() ? new CountingResponse(httpResponse) : null;
    CountingRequest countingRequest = counting != null ? new CountingRequest(http) : null;
    boolean returned = false;
    Throwable escaped = null;
    timed.openWindow();
    try {
      chain.doFilter(
          countingRequest != null ? countingRequest : http, counting != null ? counting : httpResponse);
      returned = true;
    } catch (IOException | ServletException | RuntimeException | Error e) {
      escaped = e;
      throw e;
    } finally {
      timed.closeWindow();
      // Looked up only with the gauge on: a request attribute is a map lookup.
      Route inProgress = recorder.tracksInProgress() ? RequestRecorder.inProgress(http) : null;
      long requestBytes = countingRequest != null ? countingRequest.bodyBytes() : UNKNOWN_SIZE;
      if (returned && http.isAsyncStarted()) {
        // A streamed body is written after its handler returned: stop the clock now, if asked.
        long stoppedNanos = recorder.stopsClockAtReturn(http) ? System.nanoTime() : 0;
        Completion completion =
            new Completion(
                recorder,
                recorder.settle(timed, http),
                httpResponse,
                counting,
                requestBytes,
                stoppedNanos,
                inProgress,
                http.getMethod(),
                RequestRecorder.schemeOf(http));
        http.setAttribute(COMPLETION, completion);
        http.getAsyncContext().addListener(completion);
      } else {
        int status = statusSent(returned, httpResponse);
        long responseBytes = counting != null && returned ? counting.bodyBytes() : UNKNOWN_SIZE;
        recorder.record(
            timed, http, status, System.nanoTime(), requestBytes, responseBytes, escaped);
        recorder.requestEnded(inProgress, http.getMethod(), RequestRecorder.schemeOf(http));
      }
    }
  }

  /**
   * An asynchronous dispatch, which writes an asynchronous request's result: when it ends the
   * request (starting no further asynchronous cycle), the request is recorded there, as Spring's
   * own observation filter stops its observation there. It runs in the context of the request's
   * tracing span, where the exemplar sampled can mark the span; the container completes the
   * request later, outside any span's context.
   */
  private static void asyncDispatch(
      HttpServletRequest http, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean returned = false;
    Throwable escaped = null;
    try {
      chain.doFilter(http, response);
      returned = true;
    } catch (IOException | ServletException | RuntimeException | Error e) {
      escaped = e;
      throw e;
    } finally {
      if (!http.isAsyncStarted() && http.getAttribute(COMPLETION) instanceof Completion completion) {
        int status = statusSent(returned, response);
        completion.record(status, RequestRecorder.errorOf(http, status, escaped));
      }
    }
  }

  /**
   * The status of a dispatch that ended: the response's; or, when an exception escaped the chain
   * before anything was sent, the 500 the container answers (the response still says 200 here).
   */
  private static int statusSent(boolean returned, HttpServletResponse response) {
    return returned || response.isCommitted() ? response.getStatus() : UNHANDLED_EXCEPTION;
  }

  /**
   * Records an asynchronous request once: when an asynchronous dispatch ends it, else when the
   * container completes it (a request completed without a dispatch), or when its client is gone.
   * Ends it in the in-progress gauge once, then: Tomcat tells a request that failed with {@code
   * sendError} in its asynchronous dispatch twice.
   */
  private static final class Completion implements AsyncListener {
    private final AtomicBoolean recorded = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final RequestRecorder recorder;
    private final RequestRecorder.Settled settled;
    private final HttpServletResponse response;
    /** The response counting its body's bytes, or null when sizes are not measured. */
    private final CountingResponse counting;
    private final long requestBytes;
    /** When the clock stopped, for a streamed body; 0 to stop it at completion. */
    private final long stoppedNanos;
    /** The route the request is counted in progress on, or null. */
    private final Route inProgress;
    private final String method;
    private final String scheme;

    Completion(
        RequestRecorder recorder,
        RequestRecorder.Settled settled,
        HttpServletResponse response,
        CountingResponse counting,
        long requestBytes,
        long stoppedNanos,
        Route inProgress,
        String method,
        String scheme) {
      this.recorder = recorder;
      this.settled = settled;
      this.response = response;
      this.counting = counting;
      this.requestBytes = requestBytes;
      this.stoppedNanos = stoppedNanos;
      this.inProgress = inProgress;
      this.method = method;
      this.scheme = scheme;
    }

    /** @param error what the handler threw, if it threw */
    void record(int status, Throwable error) {
      if (recorded.compareAndSet(false, true)) {
        long endNanos = stoppedNanos != 0 ? stoppedNanos : System.nanoTime();
        long responseBytes = counting != null ? counting.bodyBytes() : UNKNOWN_SIZE;
        recorder.record(settled, status, endNanos, requestBytes, responseBytes, error);
      }
    }

    @Override
    public void onComplete(AsyncEvent event) {
      end();
    }

    /**
     * A request whose status has been sent ends at its first error: its client has gone (a broken
     * pipe under an event stream), and nothing more reaches it. Tomcat 10.1 with Spring 6.2 now
     * and then never completes such a request (2 of 40 event streams whose client left), which
     * would leave it in the gauge for good; one not yet answered waits for the error's dispatch.
     */
    @Override
    public void onError(AsyncEvent event) {
      if (response.isCommitted()) {
        end();
      }
    }

    private void end() {
      // Completed without a dispatch that saw it: no exception known.
      record(response.getStatus(), null);
      if (ended.compareAndSet(false, true)) {
        recorder.requestEnded(inProgress, method, scheme);
      }
    }

    /** A new asynchronous cycle forgets its listeners: stay, to see the request complete. */
    @Override
    public void onStartAsync(AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {}
  }
}
