package dev.instrumentator.spring.attribution;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An application whose requests tempt a companion to count them under the wrong handler: a
 * {@code @DoNotTrack} method, an uninstrumented controller, a filter and an interceptor each
 * calling a timed controller; a handler calling another; a path prefix Spring adds to one
 * controller; an {@code @Instrumented} error controller; asynchronous results. A filter ahead of
 * everything keeps what Spring MVC matched for each request, by the {@code X-Probe} header.
 */
@SpringBootApplication
public class AttributionApplication implements WebMvcConfigurer {
  /** The header a filter or interceptor reads, to call the shelf ({@code filter}, {@code interceptor}). */
  public static final String CALL = "X-Call";
  public static final String PROBE = "X-Probe";
  /** By probe: the pattern Spring MVC matched, and whether its handler method is a decorator's. */
  public static final Map<String, String> MATCHED = new ConcurrentHashMap<>();

  private final ShelfController shelf;

  public AttributionApplication(ShelfController shelf) {
    this.shelf = shelf;
  }

  @Override
  public void configurePathMatch(PathMatchConfigurer paths) {
    paths.addPathPrefix("/api", HandlerTypePredicate.forAnnotation(PrefixedApi.class));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new org.springframework.web.servlet.HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler) {
            if ("interceptor".equals(request.getHeader(CALL))) {
              shelf.get("from-an-interceptor");
            }
            return true;
          }
        });
  }

  /** After instrumentator's filter, before the DispatcherServlet: calls the shelf if asked. */
  @Bean
  FilterRegistrationBean<Filter> callingFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) -> {
              if ("filter".equals(((HttpServletRequest) request).getHeader(CALL))) {
                shelf.get("from-a-filter");
              }
              chain.doFilter(request, response);
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Ahead of instrumentator's filter: what Spring MVC matched, once the chain has returned. */
  @Bean
  FilterRegistrationBean<Filter> matchedKeeper() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) -> {
              try {
                chain.doFilter(request, response);
              } finally {
                HttpServletRequest http = (HttpServletRequest) request;
                String probe = http.getHeader(PROBE);
                if (probe != null) {
                  Object pattern = http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                  Object handler = http.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
                  MATCHED.put(
                      probe,
                      handler instanceof HandlerMethod method
                          ? pattern + " on " + method.getBeanType().getSimpleName() + "#"
                              + method.getMethod().getName()
                              + (method.getMethod().getDeclaringClass() == method.getBeanType()
                                  ? "" : " (inherited)")
                          : "no handler method");
                }
              }
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    return http.csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/api/books/secret")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .httpBasic(Customizer.withDefaults())
        .build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("reader").password("{noop}secret").roles("READER").build());
  }
}
