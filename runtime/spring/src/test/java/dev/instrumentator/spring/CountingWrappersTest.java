package dev.instrumentator.spring;

import static dev.instrumentator.runtime.RequestListener.UNKNOWN_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;

/**
 * The wrappers that measure sizes pass everything through unchanged and count what went through
 * them: the bytes read of a body the application reads, what a body the container reads for it
 * declares (a form, parts, a reader), the bytes written of a response, and nothing they cannot
 * know (a writer's output without its length, an error page).
 */
class CountingWrappersTest {
  /** A zero byte among them: a byte of value 0 is a byte read. */
  private static final byte[] BODY = {'a', 0, 'b', 'c', 'd', 'e'};

  @Test
  void theBytesReadOfABodyAreCounted() throws IOException {
    MockHttpServletRequest source = new MockHttpServletRequest("POST", "/books");
    source.setContent(BODY);
    CountingRequest request = new CountingRequest(source);
    ServletInputStream in = request.getInputStream();

    assertThat(request.getInputStream()).isSameAs(in);
    assertThat(request.bodyBytes()).isZero();
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isZero();
    assertThat(in.available()).isEqualTo(4);
    assertThat(in.isFinished()).isFalse();
    byte[] rest = new byte[8];
    assertThat(in.read(rest, 0, 8)).isEqualTo(4);
    assertThat(new String(rest, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("bcde");
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(rest, 0, 8)).isEqualTo(-1);
    assertThat(in.isFinished()).isTrue();
    assertThat(in.isReady()).isEqualTo(source.getInputStream().isReady());

    assertThat(request.bodyBytes()).isEqualTo(BODY.length);
  }

  @Test
  void aBodyNobodyReadIsNone() {
    MockHttpServletRequest source = new MockHttpServletRequest("POST", "/books");
    source.setContent(BODY);
    CountingRequest request = new CountingRequest(source);
    source.addParameter("q", "x");

    assertThat(request.getParameter("q")).isEqualTo("x");
    assertThat(request.bodyBytes()).isZero();
  }

  @Test
  void aFormTheContainerReadsCountsAsDeclared() {
    for (Read read : Read.values()) {
      MockHttpServletRequest source = new MockHttpServletRequest("POST", "/books");
      source.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
      source.setContent("amount=5".getBytes(StandardCharsets.US_ASCII));
      source.addParameter("amount", "5");
      CountingRequest request = new CountingRequest(source);

      assertThat(read.of(request)).as(read.name()).isEqualTo("amount=5");
      assertThat(request.bodyBytes()).as(read.name()).isEqualTo(8);
    }
  }

  @Test
  void anEmptyFormIsNoBytes() {
    MockHttpServletRequest source = new MockHttpServletRequest("POST", "/books");
    source.setContentType("application/x-www-form-urlencoded");
    source.setContent(new byte[0]);
    CountingRequest request = new CountingRequest(source);

    assertThat(request.getParameterMap()).isEmpty();
    assertThat(request.bodyBytes()).isZero();
  }

  @Test
  void partsTheContainerReadsCountAsDeclared() throws Exception {
    MockHttpServletRequest source = new MockHttpServletRequest("POST", "/books");
    source.setContentType("multipart/form-data; boundary=x");
    source.setContent(new byte[42]);
    MockPart part = new MockPart("cover", "png".getBytes(StandardCharsets.US_ASCII));
    source.addPart(part);
    CountingRequest byPart = new CountingRequest(source);
    CountingRequest byParts = new CountingRequest(source);

    assertThat(byPart.getPart("cover")).isSameAs(part);
    assertThat(byParts.getParts()).containsExactly(part);

    assertThat(byPart.bodyBytes()).isEqualTo(42);
    assertThat(byParts.bodyBytes()).isEqualTo(42);
  }

  @Test
  void aBodyReadThroughAReaderCountsAsDeclaredOrUnknown() throws IOException {
    MockHttpServletRequest declared = new MockHttpServletRequest("POST", "/books");
    declared.setContent(BODY);
    CountingRequest request = new CountingRequest(declared);
    MockHttpServletRequest undeclared = new MockHttpServletRequest("POST", "/books");
    CountingRequest chunked = new CountingRequest(undeclared);

    assertThat(request.getReader().read()).isEqualTo('a');
    assertThat(chunked.getReader()).isNotNull();

    assertThat(request.bodyBytes()).isEqualTo(BODY.length);
    assertThat(chunked.bodyBytes()).isEqualTo(UNKNOWN_SIZE);
  }

  @Test
  void theBytesWrittenOfAResponseAreCounted() throws IOException {
    MockHttpServletResponse target = new MockHttpServletResponse();
    CountingResponse response = new CountingResponse(target);
    ServletOutputStream out = response.getOutputStream();

    assertThat(response.bodyBytes()).isZero();
    assertThat(response.getOutputStream()).isSameAs(out);
    out.write('a');
    out.write(0);
    out.write(BODY, 2, 4);
    assertThat(target.isCommitted()).isFalse();
    out.flush();
    assertThat(target.isCommitted()).isTrue();
    assertThat(out.isReady()).isEqualTo(target.getOutputStream().isReady());
    out.close();

    assertThat(target.getContentAsByteArray()).containsExactly(BODY);
    assertThat(response.bodyBytes()).isEqualTo(BODY.length);
  }

  @Test
  void theOutputStreamPassesListenersThrough() throws IOException {
    MockHttpServletResponse target = new MockHttpServletResponse();
    ServletOutputStream out = new CountingResponse(target).getOutputStream();
    WriteListener listener = new WriteListener() {
          @Override
          public void onWritePossible() {}

          @Override
          public void onError(Throwable t) {}
        };

    Throwable wrapped = catchThrowable(() -> out.setWriteListener(listener));
    Throwable direct = catchThrowable(() -> target.getOutputStream().setWriteListener(listener));

    assertThat(wrapped).isNotNull().hasSameClassAs(direct);
  }

  @Test
  void aWritersOutputCountsAsItsDeclaredLengthOrUnknown() throws IOException {
    MockHttpServletResponse target = new MockHttpServletResponse();
    CountingResponse response = new CountingResponse(target);
    response.getWriter().write("text");
    target.setHeader("Content-Length", "42");
    assertThat(target.getContentAsString()).isEqualTo("text");
    assertThat(response.bodyBytes()).isEqualTo(42);
    CountingResponse undeclared = new CountingResponse(new MockHttpServletResponse());
    undeclared.getWriter().write("text");
    assertThat(undeclared.bodyBytes()).isEqualTo(UNKNOWN_SIZE);
  }

  @Test
  void anErrorPageIsOfUnknownSize() throws IOException {
    MockHttpServletResponse bare = new MockHttpServletResponse();
    CountingResponse error = new CountingResponse(bare);
    error.getOutputStream().write(BODY);
    error.sendError(404);
    MockHttpServletResponse withMessage = new MockHttpServletResponse();
    CountingResponse explained = new CountingResponse(withMessage);
    explained.sendError(503, "later");

    assertThat(bare.getStatus()).isEqualTo(404);
    assertThat(withMessage.getStatus()).isEqualTo(503);
    assertThat(withMessage.getErrorMessage()).isEqualTo("later");
    assertThat(error.bodyBytes()).isEqualTo(UNKNOWN_SIZE);
    assertThat(explained.bodyBytes()).isEqualTo(UNKNOWN_SIZE);
  }

  /** The ways a form's parameters are read, each of which has the container read its body. */
  private enum Read {
    PARAMETER {
      @Override
      String of(CountingRequest request) {
        return "amount=" + request.getParameter("amount");
      }
    },
    NAMES {
      @Override
      String of(CountingRequest request) {
        return Collections.list(request.getParameterNames()).get(0) + "=5";
      }
    },
    VALUES {
      @Override
      String of(CountingRequest request) {
        return "amount=" + request.getParameterValues("amount")[0];
      }
    },
    MAP {
      @Override
      String of(CountingRequest request) {
        return "amount=" + request.getParameterMap().get("amount")[0];
      }
    };

    abstract String of(CountingRequest request);
  }
}
