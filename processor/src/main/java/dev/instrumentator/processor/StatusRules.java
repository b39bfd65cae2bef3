package dev.instrumentator.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/**
 * How a decorator learns the status of a call, as its framework would answer it: expressions in
 * JavaPoet's named form that read the call's outcome. The writer writes them without knowing the
 * framework.
 *
 * @param returned the status of a call that returned, reading the value as {@code $result:L}
 *     (unused for {@code void})
 * @param failures the status of a call that threw, by exception type, most specific first; the
 *     last one catches {@link Throwable}
 * @param types the types the expressions name, by the names they use ({@code $httpStatus:T})
 */
record StatusRules(String returned, List<Failure> failures, Map<String, TypeName> types) {

  StatusRules(String returned, List<Failure> failures) {
    this(returned, failures, Map.of());
  }

  /**
   * @param exception the exception type caught
   * @param status the status it answers, reading the exception as {@code $failure:L}
   */
  record Failure(TypeName exception, String status) {}
}
