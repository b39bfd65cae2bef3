package dev.instrumentator.spring.testing;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code MockMvc} through instrumentator's timing filter and Spring Security, as a container runs them. */
public final class TimedMockMvc {
  private TimedMockMvc() {}

  /** The application's timing filter ahead of its Spring Security filter chain, then Spring MVC. */
  public static MockMvc of(WebApplicationContext context) {
    Filter timing =
        context.getBean("instrumentatorRequestTiming", FilterRegistrationBean.class).getFilter();
    Filter security = context.getBean("springSecurityFilterChain", Filter.class);
    return MockMvcBuilders.webAppContextSetup(context).addFilters(timing, security).build();
  }
}
