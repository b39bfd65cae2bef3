package dev.instrumentator.jersey;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.RequestListener;
import dev.instrumentator.runtime.internal.Route;
import dev.instrumentator.runtime.internal.MetricsFailures;
import dev.instrumentator.runtime.internal.OpenTelemetryMetrics;
import dev.instrumentator.runtime.internal.Recorder;
import dev.instrumentator.runtime.internal.TimedRequest;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.glassfish.jersey.server.ChunkedOutput;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Times every request from its arrival to its end, and records it once, when its response is
 * complete: only then is the status the one the client receives, whatever exception mappers,
 * response filters, entity writers and asynchronous completion did to it.
 *
 * <p>A request counts under the resource method Jersey matched, with the templates it matched
 * ({@link MatchedRoutes}), whether its method ran or a filter answered first, and only if a
 * decorator times that method; one that matched none counts as untemplated. Decorators record
 * nothing of their own once a companion has started (see {@link TimedRequest}). A request that
 * arrives inside another companion's, on the same thread (a Jersey servlet inside a Spring Boot
 * servlet chain), is claimed from it, so that it counts once, here.
 */
final class RequestRecorder implements ApplicationEventListener {
  /** Jersey's wrapper of what a resource method threw, in a package its module keeps to itself. */
  private static final String MAPPABLE_EXCEPTION =
      "org.glassfish.jersey.server.internal.process.MappableException";

  /** The request whose entity is being written on this thread, recorded once it is. */
  private static final ThreadLocal<Recording> WRITING = new ThreadLocal<>();

  /** The recorder of this application's own metrics, or null for {@link HttpMetrics#getDefault()}. */
  private final Recorder own;
  /** Whether {@link ResponseWriting} tells when each entity has been written. */
  private final boolean seesEntitiesWritten;
  private final MatchedRoutes matchedRoutes = new MatchedRoutes();
  private final MetricsFailures failures = new MetricsFailures();
  /**
   * The start-up report whose series wait for the default metrics, which the application may set
   * after Jersey started, before its first request; null once created, or if there are none.
   */
  private volatile StartupReport seriesPending;

  RequestRecorder(HttpMetrics metrics, boolean seesEntitiesWritten) {
    this.own = metrics != null ? Recorder.of(metrics) : null;
    this.seesEntitiesWritten = seesEntitiesWritten;
  }

  @Override
  public void onEvent(ApplicationEvent event) {
    if (event.getType() == ApplicationEvent.Type.INITIALIZATION_APP_FINISHED) {
      StartupReport report = StartupReport.of(event.getResourceModel());
      Recorder known = own != null ? own : Recorder.defaultIfSet();
      if (known != null) {
        report.createSeries(known);
      } else {
        seriesPending = report;
      }
      report.log();
    }
  }

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    // Recording off in this process: no listener at all, so no request costs anything.
    if (!HttpMetrics.isEnabled()) {
      return null;
    }
    if (seriesPending != null) {
      createPendingSeries();
    }
    TimedRequest.claimEnclosing();
    return new Recording(new TimedRequest(System.nanoTime()), arrivalMethod(start));
  }

  /** The request's method as it arrived, or null if it cannot be read. Never throws. */
  private String arrivalMethod(RequestEvent start) {
    try {
      return start.getContainerRequest().getMethod();
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by InstrumentatorFeature", failure);
      return null;
    }
  }

  /**
   * Creates the series of the start-up report in the default metrics, now that the first request
   * has come: the application may have set them since Jersey started. Never throws.
   */
  private void createPendingSeries() {
    StartupReport report = seriesPending;
    seriesPending = null;
    if (report != null) {
      try {
        report.createSeries(Recorder.ofDefault());
      } catch (RuntimeException | Error failure) {
        failures.report("the series created at start-up", failure);
      }
    }
  }

  /** How many routes this recorder keeps, for tests. */
  int routesKept() {
    return matchedRoutes.routesKept();
  }

  /** For {@link ResponseWriting}: the entity of the request on this thread has been written. */
  static void entityWritten() {
    Recording writing = WRITING.get();
    if (writing != null) {
      WRITING.remove();
      writing.recordOnce(System.nanoTime());
    }
  }

  /**
   * One request. It is recorded once, as soon as its response is complete but before Jersey hands
   * it to the container (which may end its tracing span): when its entity has been written, or,
   * with none to write, when its response filters have run. Failing that (no {@link
   * ResponseWriting}, a write that failed), when Jersey has finished it. The status is then the
   * one the client receives. A {@code ChunkedOutput} (server-sent events too) is written after
   * Jersey has finished the request, for as long as the application keeps it open: the request
   * ends, is recorded and leaves the in-progress gauge when the output is closed, or when a chunk
   * could not be written to the client.
   */
  private final class Recording implements RequestEventListener {
    private static final AtomicIntegerFieldUpdater<Recording> ENDED =
        AtomicIntegerFieldUpdater.newUpdater(Recording.class, "ended");

    private final TimedRequest request;
    /** The route this request is in progress on, if the in-progress gauge counts it. */
    private volatile Route inProgress;
    /** The recorder whose gauge counts it. */
    private volatile Recorder inProgressRecorder;
    /**
     * The request's own method, as it arrived (null if it could not be read): while its resource
     * method runs, Jersey has turned a {@code HEAD} into the {@code GET} it answers with, and back
     * by the time it ends.
     */
    private final String arrivalMethod;
    /** The method and scheme it counts in progress under, which its end names again. */
    private volatile String inProgressMethod;
    private volatile String inProgressScheme;
    /** When the clock stopped, for a streamed body whose writing is not timed; else 0. */
    private volatile long stoppedNanos;
    /** The response whose entity is being written, as its response filters left it. */
    private volatile RequestEvent filtered;
    private volatile boolean recorded;
    /** 1 once the request has ended: recorded if it is to be, out of the gauge. */
    private volatile int ended;

    Recording(TimedRequest request, String arrivalMethod) {
      this.request = request;
      this.arrivalMethod = arrivalMethod;
    }

    @Override
    public void onEvent(RequestEvent event) {
      switch (event.getType()) {
        case RESOURCE_METHOD_START:
          started(event);
          break;
        case RESP_FILTERS_FINISHED:
          filtered(event);
          break;
        case FINISHED:
          if (seesEntitiesWritten && WRITING.get() == this) {
            WRITING.remove(); // its entity was not written, or failed
          }
          if (!streamsOn(event)) {
            end(event, System.nanoTime());
          }
          break;
        default:
          break;
      }
    }

    /**
     * Ends the request once: records it, unless it was already, and takes it out of the gauge.
     */
    private void end(RequestEvent event, long nowNanos) {
      if (ENDED.compareAndSet(this, 0, 1)) {
        recordOnce(event, nowNanos);
        if (inProgress != null) {
          inProgress.requestEnded(inProgressRecorder, inProgressMethod, inProgressScheme);
        }
      }
    }

    /**
     * Whether the response is a {@code ChunkedOutput} still open as Jersey finishes the request,
     * to be ended by {@link StreamEnd} instead. Never throws.
     */
    private boolean streamsOn(RequestEvent event) {
      try {
        ContainerResponse response = event.getContainerResponse();
        return filtered != null
            && response != null
            && response.getEntity() instanceof ChunkedOutput<?> output
            && !output.isClosed();
      } catch (RuntimeException | Error failure) {
        failures.report("a request seen by InstrumentatorFeature", failure);
        return false;
      }
    }

    /** The response is final but for its entity, which is written next, on this thread. */
    private void filtered(RequestEvent event) {
      // For a streamed entity, that can take as long as it lasts.
      if (streamsBody(event)) {
        stoppedNanos = System.nanoTime();
      }
      try {
        ContainerResponse response = event.getContainerResponse();
        if (response.getEntity() instanceof ChunkedOutput) {
          // Beneath the writer interceptors, which wrap it for the whole output.
          response.setEntityStream(new StreamEnd(response.getEntityStream(), this::streamEnded));
          filtered = event;
          return;
        }
        if (!seesEntitiesWritten) {
          return;
        }
        if (!response.hasEntity()) {
          recordOnce(event, System.nanoTime());
        } else {
          filtered = event;
          WRITING.set(this);
        }
      } catch (RuntimeException | Error failure) {
        failures.report("a request seen by InstrumentatorFeature", failure);
      }
    }

    void recordOnce(long nowNanos) {
      recordOnce(filtered, nowNanos);
    }

    /** The chunked output has been closed, or could not be written: the request has ended. */
    private void streamEnded() {
      end(filtered, System.nanoTime());
    }

    private void recordOnce(RequestEvent event, long nowNanos) {
      if (!recorded && event != null) {
        recorded = true;
        record(request, event, endNanos(nowNanos));
      }
    }

    private long endNanos(long nowNanos) {
      return stoppedNanos != 0 ? stoppedNanos : nowNanos;
    }

    /**
     * Tells the route of a timed resource method that this request is in progress on it, when the
     * metrics keep the in-progress gauge. Never throws.
     */
    private void started(RequestEvent event) {
      try {
        Recorder target = target();
        if (!target.tracksInProgress()) {
          return;
        }
        ExtendedUriInfo uri = event.getUriInfo();
        Route route = matchedRoutes.routeOf(uri.getMatchedResourceMethod(), uri);
        if (route != null) {
          String method =
              arrivalMethod != null ? arrivalMethod : event.getContainerRequest().getMethod();
          String scheme = schemeOf(event.getContainerRequest());
          route.requestStarted(target, method, scheme);
          inProgressMethod = method;
          inProgressScheme = scheme;
          inProgressRecorder = target;
          inProgress = route;
        }
      } catch (RuntimeException | Error failure) {
        failures.report("a request seen by InstrumentatorFeature", failure);
      }
    }
  }

  /** Whether the response's body is streamed, and its writing is not to be timed. Never throws. */
  private boolean streamsBody(RequestEvent event) {
    try {
      if (!target().excludesStreamingDuration()) {
        return false;
      }
      Object entity = event.getContainerResponse().getEntity();
      return entity instanceof StreamingOutput || entity instanceof ChunkedOutput;
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by InstrumentatorFeature", failure);
      return false;
    }
  }

  /**
   * Whether the metrics measure sizes: asked per entity written, so that metrics set after Jersey
   * started, before the first request, are honoured. Never throws.
   */
  boolean measuresSizes() {
    try {
      return target().measuresSizes();
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by InstrumentatorFeature", failure);
      return false;
    }
  }

  /** The recorder of this application's metrics, or of the default. */
  private Recorder target() {
    return own != null ? own : Recorder.ofDefault();
  }

  /**
   * {@code url.scheme}: https or http, as the server saw the request (its base URI, which
   * Jersey's container builds from the connection, or from forwarded headers when the
   * container is told to trust them).
   */
  private static String schemeOf(ContainerRequest http) {
    return "https".equalsIgnoreCase(http.getBaseUri().getScheme())
        ? OpenTelemetryMetrics.HTTPS
        : OpenTelemetryMetrics.HTTP;
  }

  /**
   * What the resource method threw, if anything: Jersey's event holds it wrapped in a {@code
   * MappableException} (docs/design.md, fact J13), named rather than imported, since Jersey's
   * module does not export its package.
   */
  private static Throwable thrownBy(RequestEvent event) {
    Throwable thrown = event.getException();
    while (thrown != null
        && thrown.getCause() != null
        && thrown.getClass().getName().equals(MAPPABLE_EXCEPTION)) {
      thrown = thrown.getCause();
    }
    return thrown;
  }

  /** Records {@code request} as {@code event} shows it, timed until {@code endNanos}. */
  private void record(TimedRequest request, RequestEvent event, long endNanos) {
    try {
      ContainerRequest http = event.getContainerRequest();
      ContainerResponse response = event.getContainerResponse();
      // No response: an exception escaped to the container, which answers 500.
      int status = response != null ? response.getStatus() : 500;
      String method = http.getMethod();
      ExtendedUriInfo uri = event.getUriInfo();
      long elapsedNanos = endNanos - request.startNanos();

      Recorder target = target();
      boolean sized = target.measuresSizes();
      long requestBytes = sized ? RequestReading.bytesOf(http) : RequestListener.UNKNOWN_SIZE;
      long responseBytes = sized ? ResponseWriting.bytesOf(http, response) : RequestListener.UNKNOWN_SIZE;
      String scheme = schemeOf(http);
      // Asked only of a request that ended in error: what was thrown names its error.type.
      Throwable error = status >= 500 ? thrownBy(event) : null;
      ResourceMethod matched = uri.getMatchedResourceMethod();
      if (matched == null) {
        target.recordUntemplated(
            method,
            "/" + http.getPath(true),
            status,
            elapsedNanos,
            requestBytes,
            responseBytes,
            scheme,
            error);
        return;
      }
      Route route = matchedRoutes.routeOf(matched, uri);
      if (route != null) {
        route.recordRequest(
            target, method, status, elapsedNanos, requestBytes, responseBytes, scheme, error);
      }
    } catch (RuntimeException | Error failure) {
      failures.report("a request seen by InstrumentatorFeature", failure);
    }
  }
}
