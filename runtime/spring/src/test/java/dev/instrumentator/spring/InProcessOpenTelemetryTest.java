package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.otel.UnavailableController;
import dev.instrumentator.spring.testing.TimedMockMvc;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The OpenTelemetry dialect through the timing filter, Spring Security and Spring MVC in one
 * process ({@code MockMvc}, as {@link InProcessTest}): the scheme the server saw, what a handler
 * threw as the {@code error.type} of a 5xx however Spring MVC let it out, and the active requests
 * by method and scheme.
 */
@SpringBootTest(
    classes = {TestApplication.class, UnavailableController.class},
    webEnvironment = WebEnvironment.MOCK,
    properties = {
      "instrumentator.dialects=prometheus,opentelemetry",
      "instrumentator.in-progress=true"
    })
class InProcessOpenTelemetryTest {
  private static final String COUNT = "http_server_request_duration_seconds_count";

  @Autowired WebApplicationContext context;
  @Autowired HttpMetrics metrics;

  private MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = TimedMockMvc.of(context);
  }

  @Test
  void theSchemeIsTheOneTheServerSaw() throws Exception {
    Map<String, String> https = attributes("/status/entity/{code}", "200", "https", null);
    Map<String, String> http = attributes("/status/entity/{code}", "200", "http", null);
    double before = count(https);
    double plainBefore = count(http);

    mvc.perform(get("/status/entity/200").secure(true)).andExpect(status().isOk());

    assertThat(count(https)).isEqualTo(before + 1);
    assertThat(count(http)).isEqualTo(plainBefore);
    assertThat(active("https")).isZero();
  }

  @Test
  void anExceptionThatEscapesIsTheErrorTypeNotItsServletException() throws Exception {
    Map<String, String> boom =
        attributes("/status/boom", "500", "http", "java.lang.IllegalStateException");
    double before = count(boom);

    assertThatThrownBy(() -> mvc.perform(get("/status/boom")));

    assertThat(count(boom)).isEqualTo(before + 1);
    assertThat(active("http")).isZero();
  }

  @Test
  void anExceptionResolvedToA5xxIsTheErrorType() throws Exception {
    Map<String, String> resolved =
        attributes("/status/otel/unavailable", "503", "http",
            "org.springframework.web.server.ResponseStatusException");
    Map<String, String> handled =
        attributes("/status/otel/overloaded", "503", "http",
            UnavailableController.OverloadedException.class.getName());
    double resolvedBefore = count(resolved);
    double handledBefore = count(handled);

    mvc.perform(get("/status/otel/unavailable")).andExpect(status().isServiceUnavailable());
    mvc.perform(get("/status/otel/overloaded")).andExpect(status().isServiceUnavailable());

    assertThat(count(resolved)).isEqualTo(resolvedBefore + 1);
    assertThat(count(handled)).isEqualTo(handledBefore + 1);
  }

  @Test
  void a5xxAnsweredWithoutAnExceptionIsAnErrorOfItsStatus() throws Exception {
    Map<String, String> answered = attributes("/status/entity/{code}", "503", "http", "503");
    double before = count(answered);

    mvc.perform(get("/status/entity/503")).andExpect(status().isServiceUnavailable());

    assertThat(count(answered)).isEqualTo(before + 1);
  }

  @Test
  void an4xxFromAnExceptionIsNoError() throws Exception {
    Map<String, String> conflict = attributes("/status/conflict/{id}", "409", "http", null);
    double before = count(conflict);

    mvc.perform(get("/status/conflict/1")).andExpect(status().isConflict());

    assertThat(count(conflict)).isEqualTo(before + 1);
  }

  @Test
  void anAsynchronousFailureIsTheErrorTypeOfItsDispatch() throws Exception {
    Map<String, String> failed =
        attributes("/async/callable/fails", "500", "https", "java.lang.IllegalStateException");
    double before = count(failed);

    MvcResult started =
        mvc.perform(get("/async/callable/fails").secure(true))
            .andExpect(request().asyncStarted())
            .andReturn();
    started.getAsyncResult();
    assertThat(active("https")).isEqualTo(1);
    assertThatThrownBy(() -> mvc.perform(asyncDispatch(started)));
    assertThat(count(failed)).isEqualTo(before + 1);

    // A container completes the request whose dispatch failed; MockMvc leaves that to its caller.
    started.getRequest().getAsyncContext().complete();
    assertThat(active("https")).isZero();
  }

  @Test
  void anUntemplatedRequestHasNoRoute() throws Exception {
    Map<String, String> untemplated = attributes(null, "404", "http", null);
    double before = count(untemplated);

    mvc.perform(get("/status/nowhere/at/all")).andExpect(status().isNotFound());

    assertThat(count(untemplated)).isEqualTo(before + 1);
  }

  private static Map<String, String> attributes(
      String route, String status, String scheme, String errorType) {
    Map<String, String> attributes =
        labels("http_request_method", "GET", "http_response_status_code", status, "url_scheme", scheme);
    if (route != null) {
      attributes.put("http_route", route);
    }
    if (errorType != null) {
      attributes.put("error_type", errorType);
    }
    return attributes;
  }

  private double count(Map<String, String> attributes) {
    return Scrape.of(metrics.registry()).series(COUNT).getOrDefault(attributes, 0.0);
  }

  private double active(String scheme) {
    return Scrape.of(metrics.registry())
        .series("http_server_active_requests")
        .getOrDefault(labels("http_request_method", "GET", "url_scheme", scheme), 0.0);
  }
}
