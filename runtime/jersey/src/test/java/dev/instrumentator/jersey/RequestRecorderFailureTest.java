package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.instrumentator.runtime.testing.LogCapture;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.junit.jupiter.api.Test;

/**
 * A failure of the companion itself, while it reads what Jersey tells it of a finished request,
 * never reaches Jersey (which would log it as a broken listener on every request): it is logged
 * once, by the companion.
 */
class RequestRecorderFailureTest {

  @Test
  void aFailureReadingAFinishedRequestIsLoggedOnceAndGoesNoFurther() {
    RequestRecorder recorder = new RequestRecorder(null, true);
    IllegalStateException broken = new IllegalStateException("an unexpected Jersey");
    try (LogCapture log = LogCapture.of("dev.instrumentator.runtime.HttpMetrics")) {
      for (int i = 0; i < 3; i++) {
        RequestEventListener request = recorder.onRequest(new Finished(broken));
        assertDoesNotThrow(() -> request.onEvent(new Finished(broken)));
      }

      assertEquals(1, log.records().size(), "log lines: " + log.records());
      assertSame(broken, log.records().get(0).getThrown());
      assertEquals(
          "instrumentator could not record a request seen by InstrumentatorFeature; the request"
              + " itself was not affected. Further failures of this kind are not logged.",
          log.records().get(0).getMessage());
    }
  }

  /** A request that finished, whose request object cannot be read. */
  private record Finished(RuntimeException failure) implements RequestEvent {
    @Override
    public Type getType() {
      return Type.FINISHED;
    }

    @Override
    public ContainerRequest getContainerRequest() {
      throw failure;
    }

    @Override
    public ContainerResponse getContainerResponse() {
      return null;
    }

    @Override
    public Throwable getException() {
      return null;
    }

    @Override
    public ExtendedUriInfo getUriInfo() {
      return null;
    }

    @Override
    public ExceptionMapper<?> getExceptionMapper() {
      return null;
    }

    @Override
    public Iterable<ContainerRequestFilter> getContainerRequestFilters() {
      return null;
    }

    @Override
    public Iterable<ContainerResponseFilter> getContainerResponseFilters() {
      return null;
    }

    @Override
    public boolean isSuccess() {
      return false;
    }

    @Override
    public boolean isResponseSuccessfullyMapped() {
      return false;
    }

    @Override
    public ExceptionCause getExceptionCause() {
      return null;
    }

    @Override
    public boolean isResponseWritten() {
      return false;
    }
  }
}
