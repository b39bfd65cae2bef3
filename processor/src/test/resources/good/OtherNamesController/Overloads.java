package fixtures;

import org.springframework.security.core.parameters.P;

/** Methods of the handler method's name, with more parameters or another type. */
public interface Overloads {
  default String other(@P("wrong") String account, String currency) {
    return currency;
  }

  default String other(@P("wrong") Integer account) {
    return String.valueOf(account);
  }
}
