package dev.instrumentator.spring;

import static dev.instrumentator.runtime.testing.Scrape.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.testing.Scrape;
import dev.instrumentator.spring.app.AsyncController;
import dev.instrumentator.spring.app.SecurityConfiguration;
import dev.instrumentator.spring.app.TestApplication;
import dev.instrumentator.spring.testing.TimedMockMvc;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The timing filter, Spring Security and Spring MVC dispatching in one process, through Spring's
 * {@code MockMvc}, with every option that changes the filter's path on (sizes, the in-progress
 * gauge, exact statuses): the same cases as the tests over real HTTP, without a socket or a wait,
 * so that mutation testing can run them against every mutant. Each request is recorded as the
 * filter returns, or, for an asynchronous one, as its dispatch ends.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = WebEnvironment.MOCK,
    properties = {
      "instrumentator.sizes=true",
      "instrumentator.in-progress=true",
      "instrumentator.in-progress-labels=true",
      "instrumentator.group-status-codes=false",
      "instrumentator.group-untemplated=false"
    })
class InProcessTest {
  private static final String COUNT = "http_request_duration_seconds_count";

  @Autowired WebApplicationContext context;
  @Autowired HttpMetrics metrics;

  private MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = TimedMockMvc.of(context);
  }

  @Test
  void aRequestCountsUnderItsTemplateWithTheStatusSent() throws Exception {
    double before = count("GET", "/status/entity/{code}", "202");

    mvc.perform(get("/status/entity/202")).andExpect(status().is(202));

    assertThat(count("GET", "/status/entity/{code}", "202")).isEqualTo(before + 1);
    assertThat(inProgress("GET", "/status/entity/{code}")).isZero();
  }

  @Test
  void anExceptionHandlersStatusIsTheOneCounted() throws Exception {
    double before = count("GET", "/status/conflict/{id}", "409");

    mvc.perform(get("/status/conflict/7")).andExpect(status().isConflict());

    assertThat(count("GET", "/status/conflict/{id}", "409")).isEqualTo(before + 1);
  }

  @Test
  void anExceptionThatEscapesCountsAsTheContainersFiveHundred() throws Exception {
    double before = count("GET", "/status/boom", "500");

    assertThatThrownBy(() -> mvc.perform(get("/status/boom")));

    assertThat(count("GET", "/status/boom", "500")).isEqualTo(before + 1);
    assertThat(inProgress("GET", "/status/boom")).isZero();
  }

  @Test
  void aRequestThatMatchesNoHandlerCountsUnderItsPath() throws Exception {
    double before = count("GET", "/status/nowhere/at/all", "404");

    mvc.perform(get("/status/nowhere/at/all")).andExpect(status().isNotFound());

    assertThat(count("GET", "/status/nowhere/at/all", "404")).isEqualTo(before + 1);
  }

  @Test
  void aHeadRequestCountsAsHead() throws Exception {
    double before = count("HEAD", "/status/items/{id}", "200");

    mvc.perform(head("/status/items/42")).andExpect(status().isOk());

    assertThat(count("HEAD", "/status/items/{id}", "200")).isEqualTo(before + 1);
  }

  @Test
  void aRequestSpringSecurityRefusesCountsUnderTheHandlerItWouldHaveReached() throws Exception {
    double refused = count("GET", "/admin/stats", "401");
    double forbidden = count("GET", "/admin/stats", "403");

    mvc.perform(get("/admin/stats")).andExpect(status().isUnauthorized());
    mvc.perform(get("/admin/stats").header(HttpHeaders.AUTHORIZATION, basic("reader")))
        .andExpect(status().isForbidden());

    assertThat(count("GET", "/admin/stats", "401")).isEqualTo(refused + 1);
    assertThat(count("GET", "/admin/stats", "403")).isEqualTo(forbidden + 1);
    assertThat(inProgress("GET", "/admin/stats")).isZero();
  }

  /** Under its template, not its path: the refused request's handler is looked up. */
  @Test
  void aRefusedRequestCountsUnderTheTemplateItWouldHaveMatched() throws Exception {
    double before = count("PUT", "/admin/settings/{key}", "401");

    mvc.perform(put("/admin/settings/colour")).andExpect(status().isUnauthorized());

    assertThat(count("PUT", "/admin/settings/{key}", "401")).isEqualTo(before + 1);
    assertThat(count("PUT", "/admin/settings/colour", "401")).isZero();
  }

  @Test
  void anAsynchronousRequestCountsOnceWhenItsDispatchEnds() throws Exception {
    double before = count("GET", "/async/future", "200");
    Map<String, String> future = labels("method", "GET", "handler", "/async/future", "status", "200");
    double seconds = value("http_request_duration_seconds_sum", future);

    MvcResult started =
        mvc.perform(get("/async/future")).andExpect(request().asyncStarted()).andReturn();
    assertThat(count("GET", "/async/future", "200")).isEqualTo(before);
    assertThat(inProgress("GET", "/async/future")).isEqualTo(1);
    started.getAsyncResult();
    mvc.perform(asyncDispatch(started)).andExpect(status().isOk());

    assertThat(count("GET", "/async/future", "200")).isEqualTo(before + 1);
    assertThat(inProgress("GET", "/async/future")).isZero();
    // Its whole time, from arrival to the end of the dispatch that wrote its result.
    assertThat(value("http_request_duration_seconds_sum", future) - seconds)
        .isBetween(AsyncController.DELAY.toMillis() / 1000.0, 60.0);
  }

  @Test
  void anAsynchronousFailureCountsItsHandlersStatus() throws Exception {
    double before = count("GET", "/async/future/conflict", "409");

    MvcResult started =
        mvc.perform(get("/async/future/conflict")).andExpect(request().asyncStarted()).andReturn();
    started.getAsyncResult();
    mvc.perform(asyncDispatch(started)).andExpect(status().isConflict());

    assertThat(count("GET", "/async/future/conflict", "409")).isEqualTo(before + 1);
  }

  @Test
  void sizesAreTheBytesReadAndWritten() throws Exception {
    Map<String, String> posted =
        labels("method", "POST", "handler", "/ledger/{account}/entries", "status", "200");
    double read = value("http_request_size_bytes_sum", posted);
    double written = value("http_response_size_bytes_sum", posted);

    MvcResult result =
        mvc.perform(
                post("/ledger/savings/entries")
                    .param("amount", "5")
                    .content("twelve bytes")
                    .header(HttpHeaders.AUTHORIZATION, basic("admin")))
            .andExpect(status().isOk())
            .andReturn();

    assertThat(value("http_request_size_bytes_sum", posted)).isEqualTo(read + 12);
    assertThat(value("http_response_size_bytes_sum", posted))
        .isEqualTo(written + result.getResponse().getContentAsByteArray().length);
  }

  @Test
  void aVoidHandlerCountsTheStatusItLeaves() throws Exception {
    double before = count("PUT", "/status/void", "200");

    mvc.perform(put("/status/void")).andExpect(status().isOk());

    assertThat(count("PUT", "/status/void", "200")).isEqualTo(before + 1);
  }

  @Test
  void aDoNotTrackMethodIsNotCounted() throws Exception {
    double before = total();

    mvc.perform(get("/reports/audit").header(HttpHeaders.AUTHORIZATION, basic("admin")))
        .andExpect(status().isOk());

    assertThat(total()).isEqualTo(before);
  }

  @Test
  void actuatorsEndpointsAreNotCounted() throws Exception {
    double before = total();

    mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());

    assertThat(total()).isEqualTo(before);
  }

  /** A form the container reads for the application (its parameters) counts as declared. */
  @Test
  void aFormCountsAsItsDeclaredSize() throws Exception {
    Map<String, String> posted =
        labels("method", "POST", "handler", "/ledger/{account}/entries", "status", "200");
    double read = value("http_request_size_bytes_sum", posted);
    double count = value("http_request_size_bytes_count", posted);

    mvc.perform(
            post("/ledger/savings/entries")
                .contentType("application/x-www-form-urlencoded")
                .content("amount=5")
                .header(HttpHeaders.AUTHORIZATION, basic("admin")))
        .andExpect(status().isOk());

    assertThat(value("http_request_size_bytes_count", posted)).isEqualTo(count + 1);
    assertThat(value("http_request_size_bytes_sum", posted)).isEqualTo(read + 8);
  }

  private double total() {
    return Scrape.of(metrics.registry()).series(COUNT).values().stream()
        .mapToDouble(Double::doubleValue)
        .sum();
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (user + ":" + SecurityConfiguration.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private double count(String method, String handler, String status) {
    return value(COUNT, labels("method", method, "handler", handler, "status", status));
  }

  private double value(String name, Map<String, String> labels) {
    return Scrape.of(metrics.registry()).series(name).getOrDefault(labels, 0.0);
  }

  private double inProgress(String method, String handler) {
    return Scrape.of(metrics.registry())
        .series("http_requests_inprogress")
        .getOrDefault(labels("method", method, "handler", handler), 0.0);
  }
}
