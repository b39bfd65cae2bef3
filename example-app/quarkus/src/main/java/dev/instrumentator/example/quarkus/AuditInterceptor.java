package dev.instrumentator.example.quarkus;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the changes to the stock, and marks each answer with the count. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {
  private static final AtomicLong AUDITED = new AtomicLong();

  static long audited() {
    return AUDITED.get();
  }

  @AroundInvoke
  Object audit(InvocationContext invocation) throws Exception {
    AUDITED.incrementAndGet();
    return invocation.proceed();
  }
}
